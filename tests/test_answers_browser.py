"""The answer page in a real headless browser (Debian's Chromium, driven by Selenium): type, see, check.

Skipped where Chromium, its driver or Selenium is missing -- except in CI (``CI`` set), where that is a failure:
``.ci/run`` installs all three.
"""

from __future__ import annotations

import os
import shutil

import pytest
from answer_server import running_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


def _driver():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    if webdriver is None or CHROMIUM is None or DRIVER is None:
        pytest.skip("needs selenium, chromium and chromium-driver (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1100,900",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(DRIVER), options=options)


@pytest.fixture(scope="module")
def page():
    with running_server() as url:
        driver = _driver()
        try:
            driver.get(url + "/")
            yield driver
        finally:
            driver.quit()


def _wait(driver, condition, seconds: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(condition)


def _type(driver, question: str, answer: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#question option")) > 10)
    Select(driver.find_element(By.ID, "question")).select_by_value(question)
    box = driver.find_element(By.ID, "answer")
    box.clear()
    box.send_keys(answer)


def test_a_wrong_answer_is_rendered_then_judged_with_its_counterexample_and_diagnosis(page):
    from selenium.webdriver.common.by import By

    _type(page, "forward-marginal-mean", "sqrt(alpha_t) * x_0")
    _wait(page, lambda d: d.find_elements(By.CSS_SELECTOR, "#preview .katex"))  # KaTeX rendered the reading
    assert "α" in page.find_element(By.ID, "preview").text
    page.find_element(By.ID, "check").click()
    verdict = _wait(page, lambda d: d.find_element(By.ID, "verdict").text and d.find_element(By.ID, "verdict"))
    assert verdict.text == "wrong"
    assert "alpha_t where abar_t belongs" in page.find_element(By.ID, "diagnosis").text
    rows = page.find_elements(By.CSS_SELECTOR, "#counterexample tbody tr")
    assert {row.find_elements(By.TAG_NAME, "td")[0].text for row in rows} >= {
        "alpha_t",
        "x_0",
        "reference",
        "your answer",
    }
    page.save_screenshot(os.path.join(os.environ.get("TMPDIR", "/tmp"), "diffproof-answer-page.png"))


def test_a_correct_unicode_answer_from_the_bank(page):
    from selenium.webdriver.common.by import By

    _type(page, "ddpm-posterior-variance", "(1−ᾱ_{t−1})/(1−ᾱ_t)·β_t")
    page.find_element(By.ID, "check").click()
    _wait(page, lambda d: d.find_element(By.ID, "verdict").text == "correct")
    assert "proved by" in page.find_element(By.ID, "reason").text


def test_an_unreadable_answer_points_at_the_problem_as_it_is_typed(page):
    from selenium.webdriver.common.by import By

    _type(page, "snr", r"\frac{\bar\alpha_t}{1-")
    preview = _wait(
        page,
        lambda d: "expected a formula" in d.find_element(By.ID, "preview").text and d.find_element(By.ID, "preview"),
    )
    assert "^" in preview.text
