"""What a note states before a step: definitions, laws, bounds, named contexts, in the order of the text.

A note states things in several ways, and each becomes an assumption of the
steps after it:

* a definition in display maths (``name := body``, ``\\triangleq``, a defining
  ``\\equiv``) or in a sentence (``Let $\\alpha_t = 1 - \\beta_t$``: inline maths whose
  left side is a name and whose right side is not a number -- ``$t = 1$`` in a
  sentence is a condition, not a definition);
* an equation of display maths whose left side is a name the note has not
  defined yet (``x_t = \\sqrt{\\alpha_t} x_{t-1} + \\dots``, ``q(x_t | x_{t-1}) =
  \\mathcal{N}(\\dots)`` for a law not used before, ``\\sigma^2 = \\dots``): the note
  introduces the name there, so the equation is its definition, not a claim
  (unless a context the note declared gives the name its meaning:
  ``\\tilde\\beta_t = \\dots`` under ``context ddpm``);
* a law (``z_{t-1}, z_{t-2}, \\dots \\sim \\mathcal{N}(0, I)``: several variables
  given one law are independent, the statistician's convention);
* a chain: the first equation for a joint density (a step, a definition, or in
  a sentence), written as the product of its transitions (``q(x_{1:T} | x_0) = \\prod_{t=1}^T q(x_t | x_{t-1})``,
  :mod:`diffproof.notecheck.chains`), states the model, and its transitions may
  then be defined (unless a declared context states the model: then it is a claim);
  so does a step that factors joint densities in place and changes nothing else,
  the first time the note factors them.  "First" means before any claim about the
  joint (writing it in the definition of another name, ``\\mathcal{K} := \\mathbb{E}[\\log
  p(x_{0:T}) / q(x_{1:T} | x_0)]``, states nothing about it);
* a density given by another law's densities, the first time the note writes it, in a display after words that
  define it ("Define the joint law" ``q(x, z) = p(x) q(z | x)``) or in a sentence: a definition, never refuted;
  the kernel does not model two laws tied together, so no step about its law is refuted after it;
* the directives ``assume`` (a bound, or a law), ``let`` (an equation) and
  ``context`` (a named context: :mod:`diffproof.notecheck.contexts`).

A name the note defines twice, differently, is not used (the note is
discussing it, or contradicts itself); nor is a statement the kernel cannot
model (a sum over an index, a matrix): its names are *disputed*, and no step
about them is refuted.

The package's modules, from the base up: :mod:`.formulas` (the formula, the
stated object, name keys, directives), :mod:`.sentences` (prose as sentences and
words), :mod:`.indices` (indices and sizes), :mod:`.densities` (how densities and
laws are written), :mod:`.functions` (names written as functions), :mod:`.orders`
(orders, bounds and values said in words), :mod:`.hedges` (conditions, cases,
hypotheses and denials of inline maths), :mod:`.lead_ins` (what the words around
a display make of it), :mod:`.inline` (what a sentence's maths states),
:mod:`.meanings` (names given a meaning in words), :mod:`.laws` (laws and noises
said in words), :mod:`.dimension` (dimension, matrices, logarithms' base) and
:mod:`.timeline` (:class:`~.timeline.Timeline`, which reads them all in the order
of the text).
"""

from diffproof.notecheck.statements.timeline import Timeline

__all__ = ["Timeline"]
