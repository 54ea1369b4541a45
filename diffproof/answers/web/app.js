// The answer page: pick a question, type an answer, see how it is read, check it.
// Untrusted text is only ever set with textContent; formulas are rendered by KaTeX (trust: false).
"use strict";

const $ = (id) => document.getElementById(id);

async function post(url, body) {
  const response = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function render(element, latex) {
  try {
    katex.render(latex, element, {throwOnError: false, displayMode: false});
  } catch (error) {
    element.textContent = latex;
  }
}

async function loadQuestions() {
  const response = await fetch("/api/questions");
  const {questions} = await response.json();
  const select = $("question");
  for (const q of questions) {
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = `${q.name} (${q.source})`;
    option.dataset.title = q.title;
    select.appendChild(option);
  }
  const wanted = new URLSearchParams(location.search).get("question");
  if (wanted) select.value = wanted;
  showTitle();
}

function showTitle() {
  const option = $("question").selectedOptions[0];
  $("title").textContent = option ? option.dataset.title : "";
}

let previewTimer = null;
let previewSerial = 0;

function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(showPreview, 200);
}

async function showPreview() {
  const answer = $("answer").value;
  const preview = $("preview");
  const serial = ++previewSerial;
  if (!answer.trim()) { preview.textContent = ""; preview.className = ""; return; }
  try {
    const data = await post("/api/preview", {question: $("question").value, answer});
    if (serial !== previewSerial) return;
    preview.className = data.error ? "error" : "";
    preview.textContent = "";
    if (data.error) {
      const caret = data.position === null ? "" : "\n" + " ".repeat(data.position) + "^";
      preview.textContent = data.error + (data.position === null ? "" : "\n" + answer + caret);
      return;
    }
    data.readings.forEach((latex, i) => {
      if (i > 0) preview.appendChild(document.createTextNode("  or  "));
      const span = document.createElement("span");
      render(span, latex);
      preview.appendChild(span);
    });
  } catch (error) {
    preview.className = "error";
    preview.textContent = String(error.message || error);
  }
}

async function check() {
  const button = $("check");
  button.disabled = true;
  try {
    const data = await post("/api/check", {question: $("question").value, answer: $("answer").value});
    show(data);
  } catch (error) {
    show({verdict: "invalid input", reason: String(error.message || error)});
  } finally {
    button.disabled = false;
  }
}

function show(data) {
  $("result").hidden = false;
  const verdict = $("verdict");
  verdict.textContent = data.verdict;
  verdict.className = (data.verdict || "").split(" ")[0];
  $("reason").textContent = data.reason || "";
  for (const field of ["feedback", "diagnosis"]) {
    $(field).hidden = !data[field];
    $(field).textContent = data[field] ? (field === "diagnosis" ? "The mistake: " : "") + data[field] : "";
  }
  const asRead = $("as-read");
  asRead.textContent = "";
  if (data.answer_latex) {
    asRead.appendChild(document.createTextNode("Your answer as read: "));
    const span = document.createElement("span");
    render(span, data.answer_latex);
    asRead.appendChild(span);
  }
  const table = $("counterexample");
  const body = table.querySelector("tbody");
  body.textContent = "";
  const example = data.counterexample;
  table.hidden = !example;
  if (example) {
    const rows = [...Object.entries(example.point), ...Object.entries(example.derived || {})];
    rows.push(["reference", example.reference], ["your answer", example.answer]);
    for (const [name, value] of rows) {
      const row = body.insertRow();
      row.insertCell().textContent = name;
      row.insertCell().textContent = String(value);
    }
  }
  const domains = Object.entries(data.domains || {}).map(([name, domain]) => `${name} in ${domain}`);
  $("domains").textContent = domains.length ? "Assumed: " + domains.join(", ") : "";
}

document.addEventListener("DOMContentLoaded", () => {
  loadQuestions();
  $("question").addEventListener("change", () => { showTitle(); schedulePreview(); });
  $("answer").addEventListener("input", schedulePreview);
  $("answer").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); check(); }
  });
  $("check").addEventListener("click", check);
});
