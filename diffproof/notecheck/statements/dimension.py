"""The dimension of a note's vectors, the letters it makes matrices, and its logarithms' base, from its
maths and its words."""

from __future__ import annotations

import re

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.numbers import value
from diffproof.notecheck.statements.formulas import _variables, parse
from diffproof.notecheck.statements.sentences import (
    _MATHS,
    _NEGATED,
    _SENTENCE_MATHS,
    _SENTENCES,
    _raw_sentences,
    _words_around,
    _words_of,
)
from diffproof.notecheck.vocabulary import nodes
from diffproof.notes import Notes, Prose

#: A sentence that gives the note's logarithms a base: "All logarithms are (to) base 2", "$\log$ is base $2$", "we
#: use base-2 logarithms", "logs are in bits", 以 2 为底的对数, 底が 2 の対数, 밑이 2인 로그.  Said otherwise (of
#: one quantity, denied, per dimension), the base is not read at all: see :func:`_log_base`.
_LOG_BASES = (
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:all\s+|always\s+)?(?:taken\s+|computed\s+)?"
               r"(?:to\s+|in\s+|with\s+)?(?:the\s+)?base[\s-]*(?:of\s+)?(\d+)\b", re.IGNORECASE),
    re.compile(r"\b(?:we\s+(?:use|take|write)|all|every)\s+(?:the\s+)?(?:logarithms?\s+|logs?\s+)?(?:to\s+|in\s+)?base[\s-]*(\d+)"
               r"(?:\s+log(?:arithm)?s?\b|\s+throughout|\s+everywhere)", re.IGNORECASE),
    re.compile(r"\blog(?:arithm)?s?\b(?:\s+[\w-]+){0,5}?\s+(?:are|is)\s+(?:measured\s+|expressed\s+)?in\s+(bits)\b", re.IGNORECASE),
    re.compile(r"以\s*(\d+)\s*为底的?(?:对数|對數)|底[がを]\s*(\d+)\s*の対数|밑이\s*(\d+)\s*인\s*로그"),
)  # fmt: skip


def _log_base(paragraph: Prose) -> tuple[int | None, int] | None:
    """The base a sentence of the paragraph gives the note's logarithms (bits: 2), with its line; a base of None
    where a sentence speaks of the logarithms' base in a way not read ("\\log denotes \\log_2", "not base 2",
    "bits per dimension", bits and nats at once): then no step through a logarithm is read.  None: no such
    sentence."""
    text = paragraph.text
    for sentence in _SENTENCES.finditer(text):
        written = sentence.group(0)
        said = _words_of(re.sub(r"\$\s*\\(?:log|ln)\s*\$", " log ", written))  # "$\log$ is to base $2$"
        if not _LOG_WORD.search(said) and ("\\log" in written or "\\ln" in written):
            said += " log"
        cued = _BASE_CUE.search(said) or _LOG_WITH_BASE.search(written)
        if not (_LOG_WORD.search(said) and cued) or _NATURAL_BASE.search(said):
            continue
        line = paragraph.line + text.count("\n", 0, sentence.start())
        found = next((m for m in (pattern.search(said) for pattern in _LOG_BASES) if m is not None), None)
        cues = {cue.lower() for cue in _BASE_CUE.findall(said)}
        if cues and cues <= {"nat", "nats"}:
            continue  # "measured in nats": the natural base
        if found is None or _NEGATED.search(said) or cues & {"nat", "nats"} or _PER.search(said):
            return None, line
        base = next(group for group in found.groups() if group is not None)
        return (2 if base == "bits" else int(base)), line
    return None


#: What a sentence about the logarithms' base says it with.
_LOG_WORD = re.compile(r"\blog(?:arithm)?s?\b|对数|對數|対数|로그", re.IGNORECASE)
_BASE_CUE = re.compile(
    r"\b(?:base|bits?|nats?)\b|\bbinary\s+log|\blog(?:2|10)\b|[为為]底|底[がをは]|밑[이을]", re.IGNORECASE
)
#: A logarithm written with its base in the maths: ``\\log_2``, ``\\log_{10}``.
_LOG_WITH_BASE = re.compile(r"\\log\s*_\s*\{?\s*\d")
#: A sentence that gives the logarithms their natural base says nothing new.
_NATURAL_BASE = re.compile(r"\bnatural\b|\bbase[\s-]*e\b|自然", re.IGNORECASE)
_PER = re.compile(r"\bper\s+(?:dim|pixel|token|symbol|sample)", re.IGNORECASE)

#: A space of vectors with more than one coordinate: \mathbb{R}^d, \mathbb{R}^{n}, \mathbb R^3 (not \mathbb{R}^1).
#: The real line as notes write it: ``\\mathbb{R}``, ``\\mathbf{R}``, ``\\mathrm{R}``, ``\\Bbb R``, ``\\R``, ℝ.
_REALS = r"(?:\\(?:mathbb|mathbf|mathrm|Bbb|boldsymbol)\s*\{?\s*R\s*\}?|\\R(?![A-Za-z])|ℝ)"
_SPACE = re.compile(_REALS + r"\s*\^\s*\{?\s*([A-Za-z0-9]+)")
#: ``A, B \\in \\mathbb{R}^{d \\times d}`` (or in M_n(R), GL_n(R), O(n)): names of matrices.
_MATRICES = re.compile(
    r"(.+?)\\in\s*(?:(?:" + _REALS + r"|\\mathbb\s*\{?\s*C\s*\}?|ℂ)\s*\^\s*\{[^{}]*(?:\\times|,)[^{}]*\}"
    r"|(?:\\mathcal\s*\{?\s*|\\mathrm\s*\{?\s*)?(?:M|GL|SL|O|SO|U|SU)\s*\}?\s*(?:_\s*\{?\s*\w+\s*\}?\s*)?\("
    r"|\\mathbb\s*\{?\s*S\s*\}?\s*[\^_])"  # \mathbb{S}^d_{++}: the symmetric (positive definite) matrices
)

#: A sentence saying in words that its names are matrices ("Let $A_t$ and $B_t$ be (square) matrices", "$W$ is a
#: weight matrix", "$A$ and $B$ denote matrices"; 是矩阵, は行列, 행렬이다), or a matrix word right before a name
#: ("the weight matrix $W$", "for matrices $A$ and $B$"): not I, the identity a Gaussian's covariance writes.
#: What is a matrix, or says it of a name: the word, a Jacobian or Hessian, an operator or linear map, a tensor,
#: and the adjectives only matrices take (invertible, orthogonal, symmetric, positive definite).
_MATRIX_WORD = (
    r"matri(?:x|ces?|z(?:en|es)?)|jacobians?|hessians?|(?:linear\s+)?operators?|linear\s+maps?|tensors?"
    r"|rotations?|projections?|projectors?|reflections?|permutations?|(?:endo|auto)morphism(?:e|s|es)?|isometr(?:y|ies)"
    r"|(?:skew-?)?hermitian|psd|spd|n\s*(?:x|×)\s*n"
    r"|(?:square\s+and\s+)?(?:invertible|non-?singular|orthogonal|symmetric|unitary|positive[\s-]+(?:semi-?)?definite)"
)
_MATRICES_IN_WORDS = re.compile(
    r"\b(?:is|be|are|being|were|denote|denotes|est|sont|soit|soient|ist|sind|sei|seien|es|son|sea|sean)\s+"
    r"(?:(?:an?|the|two|both|some)\s+)?(?:[\w-]+\s+){0,2}(?:"
    + _MATRIX_WORD
    + r")\b|(?:是|为|為|は|を|が)(?:正方|对角|對角|两个|兩個)?(?:矩阵|矩陣|方阵|方陣|行列)|행렬(?:이|입|로|으로)",
    re.IGNORECASE,
)
#: Words that give a matrix a property most numbers do not have (P^2 = P for a projection, A^T A = I); not those
#: every nonzero number has (invertible, symmetric, diagonal), where a counterexample at a number stands.
_MATRIX_PROPERTY = re.compile(
    r"rotations?|projections?|projectors?|reflections?|permutations?|isometr(?:y|ies)|(?:skew-?)?hermitian|psd|spd"
    r"|orthogonal|orthonormal|unitary|idempotent|nilpotent|positive[\s-]+(?:semi-?)?definite|\b(?:S?O|S?U|SL)\s*\(",
    re.IGNORECASE,
)
#: A shape set alone in a sentence's maths ("Let $A$ be $n \\times n$"): the sentence's names are matrices.
_SHAPE = re.compile(r"\s*\w+\s*\\times\s*\w+\s*")
_MATRIX_BEFORE = re.compile(
    r"(?:\b(?:" + _MATRIX_WORD + r")|矩阵|矩陣|方阵|方陣|行列|행렬)\W*(?:\b(?:are|is|were)\b)?\W*"
    rf"(?:{_MATHS}\W*(?:and|,|和|与|及)?\W*)*$",
    re.IGNORECASE,
)


def _dimension(notes: Notes) -> tuple[int, str] | None:
    """The first place the note gives its vectors a dimension, in a sentence or a step."""
    texts = [(i.line, i.text) for i in notes.inline] + [(s.line, f"{s.lhs} {s.rhs}") for s in notes.steps]
    for line, text in sorted(texts):
        match = _SPACE.search(text)
        if match is not None and match.group(1) != "1":
            return line, match.group(0)
    return None


#: Words that give the note's vectors a dimension ("The data have dimension $d = 2$", "two-dimensional", "a pair of
#: real numbers", "with $d$ coordinates"; 次元, 维度, 二维, 차원), not a count per dimension ("bits per dimension").
_DIMENSION_WORDS = re.compile(
    r"(?<!per\s)(?<!par\s)(?<!pro\s)dimension(?!less)|dimensi[oó]n|\b(?:pairs?|triples?)\s+of\s+(?:real\s+)?"
    r"(?:numbers|reals|scalars|coordinates)\b|\b(?:has|have|with|of)\s+(?:\S+\s+)?(?:real\s+)?(?:coordinates"
    r"|components|entries)\b|次元|维度|维数|維度|維數|[0-9一二三四五六七八九十两兩几幾多高低每]\s*[维維](?!持|护|護|修|系|生)|차원",
    re.IGNORECASE,
)
#: Words or maths that make that dimension one: a number (scalar) is its own coordinate.
_ONE_DIMENSION = re.compile(
    r"\b(?:one|1|uni)[- ]?dimension|\bdimension\s+(?:one|1)\b|\bscalar|\$\s*[dnDN]\s*=\s*1\s*\$|一维|一維|1\s*次元|1\s*차원",
    re.IGNORECASE,
)


def _dimension_in_words(notes: Notes) -> tuple[int, str] | None:
    """The first sentence of the note's prose that gives its vectors a dimension in words (:data:`_DIMENSION_WORDS`),
    other than one: the line and the sentence.  Only a refutation one coordinate at a time is set aside for it (a
    step proved one coordinate at a time is checked again at four, as where no dimension is given)."""
    for paragraph in notes.prose:
        for offset, text in enumerate(paragraph.text.split("\n")):
            for sentence in _raw_sentences(text):
                words = _words_of(sentence)
                if _DIMENSION_WORDS.search(words) and not _ONE_DIMENSION.search(sentence):
                    return paragraph.line + offset, " ".join(sentence.split())[:60]
    return None


def _matrices(notes: Notes) -> dict[tuple[str, str], int]:
    """The letters the note's sentences say are matrices (``A, B \\in \\mathbb{R}^{d \\times d}``, or in words of
    names set alone in them), with the line."""
    found: dict[tuple[str, str], int] = {}
    for inline in notes.inline:
        match = _MATRICES.match(inline.text.strip())
        for piece in match.group(1).split(",") if match is not None else ():
            names = parse(piece, inline.line).node
            for name in nodes(names) if names is not None else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), inline.line)
        around = _words_around(inline)
        said = (
            _MATRICES_IN_WORDS.search(_words_of(inline.sentence))
            or (around is not None and _MATRIX_BEFORE.search(around[0]))
            or any(_SHAPE.fullmatch(maths) for maths in _SENTENCE_MATHS.findall(inline.sentence) for maths in maths)
        )
        listed = _variables(inline.text, inline.line).node if said and not _SHAPE.fullmatch(inline.text) else None
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name) and (name.base, name.decoration) != ("I", ""):
                found.setdefault((name.base, name.decoration), inline.line)
    return found


#: ``\\sigma, t \\in \\mathbb{R}^d``: names a sentence's maths sets in a space of vectors (not \\mathbb{R}^1).
_IN_SPACE = re.compile(r"(.+?)\\in\s*" + _SPACE.pattern)


def _vectors(notes: Notes) -> frozenset[tuple[str, str]]:
    """The letters the note's sentences set in a space of vectors in maths (``\\sigma \\in \\mathbb{R}^d``), or
    write beside such a space set alone ("$\\alpha$ and $\\beta$ act on $\\mathbb{R}^d$ linearly": what the words say
    of them and the space is not read): no number scaling the note's vectors, whatever letter it is."""
    found = set()
    beside = {(i.line, i.sentence) for i in notes.inline if i.sentence and _space_alone(i.text)}
    for inline in notes.inline:
        match = _IN_SPACE.match(inline.text.strip())
        pieces = match.group(1).split(",") if match is not None and match.group(2) != "1" else []
        if (inline.line, inline.sentence) in beside and not _space_alone(inline.text):
            pieces.append(inline.text)
        for piece in pieces:
            names = parse(piece, inline.line).node
            found |= {(n.base, n.decoration) for n in nodes(names) if isinstance(n, syntax.Name)} if names else set()
    return frozenset(found)


def _space_alone(text: str) -> bool:
    """Whether ``text`` writes a space of vectors (not R^1) with nothing set in it by ``\\in``."""
    space = _SPACE.search(text)
    return space is not None and space.group(1) != "1" and "\\in" not in text


#: What a sentence says its names are, after them: "Let $A$ and $B$ be quaternions", "$g$ and $h$ are elements of a
#: group", "soient $A$ et $B$ des quaternions", "seien $A$, $B$ Quaternionen": the noun phrase, up to where it says
#: more of them ("with", "such that", a comma, the sentence's end).
_KIND_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|et|und|y|e|и|和|与|與|及|、|と|및|와|과)?\s*{_MATHS})*\s*,?\s*(?:(?:(?i:be|are|is|denote|denotes"
    r"|stand\s+for|represent|represents|—|являются|будут)|(?P<other>(?i:soit|soient|sont|est|sei|seien|sind|ist|sea|sean"
    r"|son|es|sia|siano|sono)))\s+(?P<phrase>(?:[^.;:!?,$()\[\]]|\$[^$]*\$)*)"
    r"|(?:为|為|是|は|を|が|는|은|이|가)\s*(?P<cjk>[^\s。，、,.;；$]+))"
)
#: "Soient $A$ et $B$ des quaternions", "Seien $A$ und $B$ Quaternionen", "Sean $A$ y $B$ unos cuaterniones": the
#: verb before the names (:data:`_LET_BEFORE`), the noun phrase right after them.
_LET_BEFORE = re.compile(rf"\b(?i:soit|soient|sei|seien|sea|sean|sia|siano)\s*(?:{_MATHS}\s*(?:,|et|und|y|e)?\s*)*$")
_KIND_AFTER_LET = re.compile(
    rf"^(?:\s*(?:,|et|und|y|e)?\s*{_MATHS})*\s*,?\s*(?P<other>)(?P<phrase>(?:[^.;:!?,$()\[\]]|\$[^$]*\$)*)(?P<cjk>)"
)
#: "Take $A$ and $B$, two quaternions", "$A$, a matrix,", "With $A$ and $B$ two operators": an apposition, the names
#: then (after a comma, or straight after a number of them) a noun phrase opened by an article or a number.
_KIND_APPOSED = re.compile(
    rf"^(?:\s*(?:,|and|or)?\s*{_MATHS})*\s*(?:,\s*(?=(?i:an?|the|two|three|four|both|some|any|another|each)\s)"
    r"|(?=(?i:two|three|four|both)\s))(?P<other>(?!))?(?P<phrase>(?:[^.;:!?,$()\[\]]|\$[^$]*\$)*)(?P<cjk>)"
)
_ARTICLE = re.compile(
    r"^\s*(?:des|une?|les?|la|l'|die|der|das|den|eine[nrs]?|los|las|unos|unas|una?|el|dei|degli|delle|gli|il|lo|i|an?"
    r"|the|another)\s+",
    re.IGNORECASE,
)
#: How a noun phrase starts in French, German, Spanish or Italian (an article, or a German noun's capital): after
#: their verbs (:data:`_KIND_AFTER`'s ``other``), a phrase that does not is an adjective ("sont indépendants", "sind
#: unabhängig"), no kind.
_NOUN_PHRASE_START = re.compile(
    r"\s*(?:(?i:des|une?|les?|la|l'|die|der|das|den|eine[nrs]?|los|las|unos|unas|una?|el|dei|degli|delle|gli|il|lo|i)\s"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,})"
)
#: Words of objects other than numbers in Chinese, Japanese and Korean (quaternions, matrices, vectors, elements,
#: operators): only these give a kind after は, が, 是, 为, which say far more than what a name is (常に, 주어졌을).
_CJK_OTHER = re.compile(
    r"四元|八元|函数|函數|関数|行列|矩阵|矩陣|向量|ベクトル|벡터|행렬|元素|要素|算子|作用素|연산자|写像|映射"
)
#: Where the noun phrase stops: words that go on to say more of the names than what they are.
_PHRASE_END = re.compile(
    r"(?<![\w-])(?:with|such|that|satisfying|where|which|whose|so|for|on|over|in|by|as|to|from|at|than|until|unless|if"
    r"|when|and\s+(?:let|we|set|take)|throughout|here|respectively|avec|tel|tels|telles?|mit|sodass|con|tal|tales)(?![\w-])",
    re.IGNORECASE,
)
#: Words of a noun phrase that name real (or complex) numbers, whose products commute, or only qualify them: the
#: numbers, constants and scalars, and the quantities a note gives as one number (a variance, a rate, a weight, a
#: probability, a step).  A phrase of other words ("quaternions", "elements of a group", "operators", "a sample") says
#: the names may be something else, whose products need not commute.
_SCALAR_WORDS = frozenset(
    """and or nor either neither pairwise a an the two three both some any all arbitrary given fixed known unknown distinct different same other real
    reals complex positive negative nonnegative non-negative nonpositive non-positive nonzero non-zero strictly small
    large tiny big finite bounded signed even odd prime natural whole rational irrational constant constants number
    numbers numeric numerical scalar scalars integer integers coefficient coefficients parameter parameters
    hyperparameter hyperparameters weight weights rate rates learning step steps size sizes stepsize time times
    timestep timesteps index indices count counts length lengths distance distances norm norms radius radii scale
    scales scaling factor factors level levels value values quantity quantities amount amounts ratio ratios fraction
    fractions probability probabilities variance variances standard deviation deviations std mean means expectation
    temperature temperatures bound bounds threshold thresholds margin tolerance exponent exponents degree degrees
    frequency frequencies angle angles noise noises schedule schedules signal-to-noise snr random variable variables
    variate variates gaussian gaussians normal normals standard iid draw draws realization realizations product
    products sum sums cumulative average averages difference differences quotient square squares root roots logarithm
    logarithms log exponential inverse reciprocal half zero one minus plus term terms error errors field fields
    function functions distribution distributions density densities law laws measure measures chain chains process
    processes sequence sequences markov loss losses objective objectives likelihood entropy divergence score scores
    energy estimate estimates estimator estimators again too otherwise instead anymore yet longer produit cumulé
    producto acumulado suma somme summe produkt covariance covariances copy copies kept ruido bruit rauschen rumore
    univariate one-dimensional 1-dimensional 1d scalar-valued real-valued nombre nombres réel réels reel reels
    constante constantes entier entiers zahl zahlen reelle reellen konstante konstanten número números real reales
    constante constantes entero enteros numero numeri reale reali costante costanti""".split()
)
#: Words that say something of a name, not what it is ("defined", "given", "drawn", "equal", "increasing",
#: "differentiable", "normally"): a phrase of these and :data:`_SCALAR_WORDS` alone gives no kind.
_PREDICATE = re.compile(
    r"\w+(?:ed|able|ible|ly|ing)|given|taken|chosen|written|known|shown|drawn|hidden|proven|frozen|set|equal|close|proportional|independent|identical|similar|greater|less"
    r"|smaller|larger|higher|lower|bigger|invariant|not|always|never|also|then|now|here|still|only|just|exactly"
)
#: Words of an "of" complement that make a quantity of vectors a matrix or a vector ("covariances of vectors in
#: $\mathbb{R}^2$"): its products need not commute.
_OF_VECTORS = re.compile(r"\b(?:vectors?|matri\w+|tensors?|operators?|arrays?|images?)\b", re.IGNORECASE)


#: Names said to be members of a set (``A, B \\in \\mathbb{H}``, ``g \\in G``), and the set.
_NAMES_LISTED = r"((?:\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?\s*,\s*)*\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)"
_MEMBER_OF = re.compile(_NAMES_LISTED + r"\s*(?:\\in(?![A-Za-z])|∈)\s*(.+)")
#: Names written as maps, with their domain and codomain (``\\alpha, \\beta: \\mathbb{R}^d \\to \\mathbb{R}^d``): what
#: they are given need not commute through them, whatever the sets.
_SIGNATURE = re.compile(_NAMES_LISTED + r"\s*(?::|\\colon)\s*(.+?\\(?:to|rightarrow|longrightarrow)\b.*)")
#: Sets of numbers, or of vectors of numbers, a name may be said to be in: the reals (a power of them without a
#: shape, \mathbb{R}^d), the naturals, integers, rationals, complex numbers, an interval, a set of numbers listed.
_NUMBER_SETS = re.compile(
    _REALS + r"(?!\s*\^\s*\{[^{}]*(?:\\times|,))|\\(?:mathbb|mathbf|Bbb)\s*\{?\s*[NZQC]\b|\\[NZQC](?![A-Za-z])|[ℕℤℚℂ]"
    r"|\s*(?:\\left\s*)?[\[(\]]|\s*(?:\\left\s*)?\\\{|\s*\\(?:mathcal|mathscr)\s*\{?\s*[XYZ]\b"
)


#: Nouns of objects whose products need not commute (maps of a space among them: "map" is the noun and the verb), and
#: words saying so: said right by a name, whatever the sentence's grammar, they keep its products from being commuted
#: (:func:`_noncommuting_near`).
_NONCOMMUTING_NOUN = (
    r"(?:quaternion|octonion|operator|tensor|vector|endomorphism|automorphism|permutation|rotation|linear\s+map"
    r"|mapping|transform|application|Abbildung)s?|Abbildungen|aplicaci(?:ón|on|ones)|matri(?:x|ces)|elements?\s+of\s+(?:a|the|some|any)\s+(?:non-?abelian\s+)?(?:group|ring|algebra)"
    r"|group\s+elements?|non-?commuting|non-?commutative|(?:do|does|need|may)\s+not\s+commute|四元|八元|行列|矩阵|矩陣"
    r"|向量|ベクトル|벡터|행렬|算子|作用素|연산자|写像|映射"
)
#: Words that relate a name to the noun rather than say what it is ("$c$ times the vector", "$a$ of the matrix").
_RELATING = (
    r"of|in|on|to|for|with|by|from|at|into|onto|times|multipl\w*|scal\w*|acts?|acting|applied|appl(?:y|ies)|where"
    r"|which|that|while|than|whose|entr(?:y|ies)|coordinates?|components?|norms?|traces?|determinants?|eigen\w*"
    r"|rank|size|dimension|sums?|products?"
)
#: The names, then at most three words that do not relate them to it, then such a noun: "$A$ and $B$, two
#: quaternions", "$A$, $B$ will denote matrices"; or a verb of maps right after them ("$\alpha$ and $\beta$ map
#: $\mathbb{R}^d$ to itself", "$A$ sends $x$ to $y$"; not "$x$ and maps it", whose subject is another).
_NONCOMMUTING_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|or|et|ou|und|oder|y|o|e)?\s*{_MATHS})*\s*(?:[,:]?\s*(?:(?!(?:{_RELATING})\b)[\w-]+\s+){{0,3}}"
    rf"(?P<noun>{_NONCOMMUTING_NOUN})|(?P<verb>maps?|sends?)\b)",
    re.IGNORECASE,
)
#: Such a noun right before the names: "for matrices $A$ and $B$", "two non-commuting elements $g$ and $h$".
_NONCOMMUTING_BEFORE = re.compile(
    rf"(?P<noun>{_NONCOMMUTING_NOUN})(?:\s+[\w-]*s)?\s*[,:]?\s*(?:{_MATHS}\s*(?:,|and|or|et|ou|und|oder|y|o|e)?\s*)*$",
    re.IGNORECASE,
)


def _noncommuting_near(around: tuple[str, str] | None) -> str | None:
    """The noun of objects whose products need not commute (:data:`_NONCOMMUTING_NOUN`) said right by a name, with
    the sentence's words before and after it (``around``), whatever verb (or none) joins them; else None.  Fail-safe:
    a denial ("are not matrices") still keeps the products from being commuted."""
    if around is None:
        return None
    said = _NONCOMMUTING_AFTER.match(around[1]) or _NONCOMMUTING_BEFORE.search(around[0])
    return " ".join((said.group("noun") or said.group("verb")).lower().split()) if said is not None else None


def _kinds_in_words(notes: Notes) -> dict[tuple[str, str], tuple[int, str]]:
    """The letters a sentence says are objects other than real numbers, with the line and the phrase: the note's
    products of two of them are not proved by commuting them (quaternions, group elements, operators: ``AB = BA``
    fails).  What it says: a membership in a set not of numbers (:data:`_NUMBER_SETS`), or, after the names and a
    verb (:data:`_KIND_AFTER`), a noun phrase whose noun (its last word; in French, Spanish, Italian any word) is no
    word of numbers (:data:`_SCALAR_WORDS`, :data:`_PREDICATE`), or a quantity of vectors ("covariances of
    vectors").  An English singular without article is an adjective ("are dependent", "is uniform"), no kind; in
    Chinese, Japanese and Korean only words of other objects give one (:data:`_CJK_OTHER`)."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for inline in notes.inline:
        member = _MEMBER_OF.fullmatch(inline.text.strip()) or _SIGNATURE.fullmatch(inline.text.strip())
        if member is not None and not (member.re is _MEMBER_OF and _NUMBER_SETS.match(member.group(2))):
            listed = _variables(member.group(1), inline.line).node  # A, B \in \mathbb{H}; g \in G; f: X \to Y
            for name in listed.arguments if isinstance(listed, syntax.Call) else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), (inline.line, f"in {member.group(2).strip()}"))
        around = _words_around(inline)
        after = re.sub(r"\bi\.\s?i\.\s?d\.?", "iid", around[1], flags=re.IGNORECASE) if around is not None else ""
        near = _noncommuting_near(around)
        if near is not None:  # "for matrices $A$ and $B$", "two non-commuting elements", "be non-commuting numbers"
            listed = _variables(inline.text, inline.line).node
            for name in listed.arguments if isinstance(listed, syntax.Call) else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), (inline.line, near))
            continue
        said = _KIND_AFTER.match(after) if around is not None else None
        if said is None and around is not None and _LET_BEFORE.search(around[0]):
            said = _KIND_AFTER_LET.match(after)
        said = said or _KIND_APPOSED.match(after)
        if said is None:  # a kind denied ("is not a matrix") is still a kind said: its products are not commuted
            continue
        if said.group("cjk"):  # 设 $A$ 和 $B$ 为四元数: a word of those objects (は, が, 是 say far more than a kind)
            phrase = said.group("cjk")
            if _CJK_OTHER.search(phrase):
                listed = _variables(inline.text, inline.line).node
                for name in listed.arguments if isinstance(listed, syntax.Call) else ():
                    if isinstance(name, syntax.Name):
                        found.setdefault((name.base, name.decoration), (inline.line, phrase))
            continue
        if said.group("other") is not None and not _NOUN_PHRASE_START.match(said.group("phrase")):
            continue  # "sont indépendants", "sind unabhängig": an adjective, no kind
        phrase = _PHRASE_END.split(said.group("phrase"), maxsplit=1)[0]
        articled = _ARTICLE.match(phrase) is not None
        phrase = _ARTICLE.sub("", phrase)  # "des quaternions": the article is no "of" ("des", "der", "de")
        parts = re.split(r"\s+(?:of|de|des|du|von|der|del|di)\s+", f" {phrase} ", maxsplit=1)
        head, complement = parts[0], parts[1] if len(parts) > 1 else ""
        words = re.findall(r"(?<![\\\w])[^\W\d_][\w']+", _words_of(head).lower())  # not \frac; a letter is no noun
        if not words:
            continue
        noun = words[-1]  # the phrase's noun, last ("a single fixed training example", "independent Gaussians")
        if said.group("other") is None and not articled and noun.isascii() and not noun.endswith("s"):
            continue  # "are dependent", "is uniform", "is free": an adjective, no noun (nor "are data")
        numbers = [word for word in (words if said.group("other") is not None else [noun])  # French: noun first
                   if word in _SCALAR_WORDS or _PREDICATE.fullmatch(word)]  # fmt: skip
        if numbers and not _OF_VECTORS.search(complement):
            continue
        listed = _variables(inline.text, inline.line).node
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name):
                found.setdefault((name.base, name.decoration), (inline.line, " ".join(phrase.split())))
    return found


#: A sentence's maths setting names in the complex numbers (``z, w \\in \\mathbb{C}``, ``\\in ℂ^d``).
_COMPLEX_MEMBER = re.compile(
    r"(.+?)\\in\s*(?:\\(?:mathbb|mathbf|Bbb)\s*\{?\s*C\s*\}?|\\C(?![A-Za-z])|ℂ)(?:\s*\^\s*\{?\s*[\w*]+\s*\}?)?\s*"
    r"(?:\\setminus\b.*)?"  # C without some points (\mathbb{C} \setminus \{0\}) is complex numbers too
)
#: Words after a name saying it lies in the complex plane ("$z$ is a point of the complex plane", "an element of
#: the complex plane", "in the complex plane"; du plan complexe, der komplexen Ebene, 复平面上).
_COMPLEX_PLANE_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|et|und|和|与)?\s*{_MATHS})*\s*,?\s*(?:(?:is|are|be|being|lies?|lying|est|soit|ist|sei|liegt)\s+)?"
    r"(?:(?:an?|the|un|une|ein|eine|einen)\s+(?:elements?|points?|members?|[ée]l[ée]ments?|Element|Punkt)\s+)?"
    r"(?:of|in|on|du|dans\s+le|de|der|in\s+der|auf\s+der)\s+(?:the\s+)?(?:complex\s+plane|plan\s+complexe"
    r"|komplexen\s+Ebene)\b|^\s*(?:是|为|為|在)?\s*复平面",
    re.IGNORECASE,
)
#: Maths taking the imaginary or the real part of a name (``\\Im z``, ``\\operatorname{Re}(z)``): the name is
#: complex (of a real, the imaginary part is 0 and the real part the name).
_PART_OF = re.compile(
    r"\\(?:(?:Im|Re)(?![A-Za-z])|operatorname\s*\{\s*(?:Im|Re)\s*\}|mathrm\s*\{\s*(?:Im|Re)\s*\}|mathfrak\s*\{\s*(?:I|R)\s*\})"
    r"(?:\s|\\[,;:! ]|~)*(?:\\left)?\s*[({]?\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?)"
)
#: Words after a name (and the names listed with it) saying it is complex: a copula, maybe an article, then the
#: adjective ("$z$ is a complex number", "$z$ and $w$ are complex", "is complex-valued"; est complexe, ist komplex,
#: es complejo; 是复数, は複素数).  A denial is read as saying it too: the real reading's proof is withheld either way.
_COMPLEX_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|et|und|y|e|和|与|と)?\s*{_MATHS})*\s*,?\s*(?:(?:(?:is|are|be|being|denotes?|est|sont|soit|soient"
    r"|ist|sind|sei|seien|es|son|sea|sean)\s+(?:not\s+)?(?:(?:a|an|un|une|ein|eine|einer|una|uno|some|two|both)\s+)?"
    r"(?:(?:arbitrary|any|general|nonzero|non-zero)\s+)?(?:(?:nombres?|n[úu]meros?)\s+)?(?:complex|complexes?"
    r"|komplex\w*|complej\w*)\b)"
    r"|(?:是|为|為|は|が)\s*(?:一个|一個|任意の)?\s*(?:复数|複數|複素数))",
    re.IGNORECASE,
)
#: After "Soit $z$", "Sei $z$", "Sea $z$" (:data:`_LET_BEFORE`): the adjective with no copula ("Soit $z$ un nombre
#: complexe", "Sei $z$ komplex", "Sea $z$ complejo").
_COMPLEX_AFTER_LET = re.compile(
    rf"^(?:\s*(?:,|et|und|y|e)?\s*{_MATHS})*\s*,?\s*(?:(?:un|une|ein|eine|einer|una|uno)\s+)?"
    r"(?:(?:nombres?|n[úu]meros?)\s+)?(?:complexes?|komplex\w*|complej\w*)\b",
    re.IGNORECASE,
)
#: Words right before a name (and the names listed before it) saying it is complex: "the complex number $z$", "for
#: complex numbers $z$ and $w$", "a complex-valued $f$"; nombre complexe, komplexe Zahl, número complejo, 复数, 複素数.
_COMPLEX_BEFORE = re.compile(
    r"(?:\bcomplex(?:[\s-]+valued)?(?:\s+(?:numbers?|scalars?|variables?|constants?|parameters?|weights?"
    r"|coefficients?|values?|amplitudes?))?|\bnombres?\s+complexes?|\bkomplexen?\s+Zahl(?:en)?|\bn[úu]meros?\s+complejos?"
    rf"|复数|複數|複素数)\s*(?:{_MATHS}\s*(?:,|and|et|und|y|e|和|与|と)?\s*)*$",
    re.IGNORECASE,
)


def complex_numbers_said(notes: Notes) -> dict[tuple[str, str], tuple[int, str]]:
    """The letters a sentence says are complex numbers (:data:`_COMPLEX_MEMBER`, :data:`_COMPLEX_AFTER`,
    :data:`_COMPLEX_BEFORE`, :data:`_COMPLEX_PLANE_AFTER`) or whose imaginary or real part its maths takes
    (:data:`_PART_OF`), with the line and the maths that says it.  The reading's names are real: what it proves
    of them need not hold of complex ones (|z|^2 = z^2, z^2 >= 0 fail at z = i)."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for inline in notes.inline:
        member = _COMPLEX_MEMBER.fullmatch(inline.text.strip())
        around = _words_around(inline)
        said = member is not None or (
            around is not None
            and bool(
                _COMPLEX_AFTER.match(around[1])
                or _COMPLEX_BEFORE.search(around[0])
                or (_LET_BEFORE.search(around[0]) and _COMPLEX_AFTER_LET.match(around[1]))
            )
        )
        said = said or (around is not None and bool(_COMPLEX_PLANE_AFTER.match(around[1])))
        listed = _variables(member.group(1) if member is not None else inline.text, inline.line).node if said else None
        parts = [_variables(part, inline.line).node for part in _PART_OF.findall(inline.text)]
        lists = [node for node in (listed, *parts) if isinstance(node, syntax.Call)]
        for name in (name for node in lists for name in node.arguments):
            if isinstance(name, syntax.Name):
                found.setdefault((name.base, name.decoration), (inline.line, inline.text.strip()))
    return found


#: Words beside a sentence's maths saying it is the imaginary unit: after it, in apposition or after a copula ("$i$
#: is the imaginary unit", "$z = i$, the imaginary unit", "Let $z$ be the imaginary unit", rt51b-16; l'unité imaginaire, die imaginäre Einheit, la unidad
#: imaginaria, 虚数单位, 虚数単位; "the unit imaginary number", rt51b-10), or right before it ("the imaginary unit
#: $i$").
_IMAGINARY_UNIT = r"(?:imaginary\s+unit|unit\s+imaginary\s+number|unit[ée]\s+imaginaire|imagin[äa]ren?\s+Einheit|unidad\s+imaginaria|虚数单位|虚数単位)"
_IMAGINARY_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?:is|be|being|denotes?|est|soit|ist|sei|es|sea|是|为|為|は)\s*)?(?:(?:the|l'|la|die|el)\s*)?"
    rf"{_IMAGINARY_UNIT}",
    re.IGNORECASE,
)
_IMAGINARY_BEFORE = re.compile(rf"{_IMAGINARY_UNIT}\s*$", re.IGNORECASE)


def _negative(node: syntax.Node) -> bool:
    """Whether a formula is a number below zero (``-1``, ``-4``)."""
    found = value(node)
    return found is not None and found < 0


def _root_of_a_negative(name: syntax.Node, other: syntax.Node) -> bool:
    """Whether ``name = other`` makes ``name`` a root of a negative number: ``i^2 = -1``, ``i = \\sqrt{-1}``."""
    squared = (
        isinstance(name, syntax.Power)
        and isinstance(name.base, syntax.Name)
        and isinstance(name.exponent, syntax.Number)
        and name.exponent.text == "2"
    )
    root = isinstance(other, syntax.Function) and other.function == "sqrt" and other.degree is None
    return (squared and _negative(other)) or (isinstance(name, syntax.Name) and root and _negative(other.argument))


#: Signs that define a name (``:=``, ``\\coloneqq``, ``\\equiv``, ``\\triangleq``): a root of a negative number it is
#: defined as makes it one as ``=`` does.
_DEFINES = re.compile(r":=|=:|\\(?:coloneqq|eqqcolon|equiv|triangleq|doteq)(?![A-Za-z])")


def _unit_in_maths(maths: str) -> bool:
    """Whether a sentence's maths says a name squares to a negative number or is a square root of one (``i^2 =
    -1``, ``-1 = i^2``, ``i = \\sqrt{-1}``): no real does, so it is the imaginary unit (or a multiple of it)."""
    try:
        node = syntax.parse(_DEFINES.sub("=", maths), notes=True)
    except InvalidAnswer:
        return False
    if not isinstance(node, syntax.Statement) or set(node.relations) != {"="}:
        return False
    pairs = zip(node.operands, node.operands[1:])
    return any(_root_of_a_negative(a, b) or _root_of_a_negative(b, a) for a, b in pairs)


#: ISO 80000-2's imaginary unit, an upright i or j (``\\mathrm{i}``, ``\\mathrm j``, ``\\mathup{i}``, ``\\text{j}``, plain
#: TeX's ``{\\rm i}``, ``\\operatorname{i}``, sans-serif ``\\mathsf{i}``: rt51b-07..09), the dotless ``\\imath`` and
#: ``\\jmath``, or Unicode's ⅈ and ⅉ: the unit, each spelled as the letter the reading names it.
_UPRIGHT_UNIT_SPELLINGS = re.compile(
    r"\\(?:mathrm|mathup|textrm|text|textup|rm|operatorname|mathsf|textsf|sf)\s*(?:\{\s*([ij])\s*\}|\s+([ij])(?![A-Za-z]))"
    r"|\\([ij])math(?![A-Za-z])|(ⅈ)|(ⅉ)"
)
#: A subscript, which labels its name (``T_{\\mathrm{i}}``, ``x_\\mathrm{j}``): no factor, so no imaginary unit.
_UPRIGHT_UNIT_SUBSCRIPT = re.compile(r"_\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+\s*(?:\{[^{}]*\}|\s*[A-Za-z])?|.)")


def _upright_unit_letters(maths: str) -> frozenset[str]:
    """The letters ``i``, ``j`` a formula writes as ISO's upright imaginary unit (:data:`_UPRIGHT_UNIT_SPELLINGS`),
    outside subscripts, which label a name rather than multiply it."""
    found = _UPRIGHT_UNIT_SPELLINGS.findall(_UPRIGHT_UNIT_SUBSCRIPT.sub(" ", maths))
    return frozenset({"i" if letters[3] else "j" if letters[4] else "".join(letters[:3]) for letters in found})


def _upright_unit_as_letters(maths: str) -> str:
    """A formula with each upright imaginary unit written as its letter, which the notes' parser reads."""
    return _UPRIGHT_UNIT_SPELLINGS.sub(
        lambda m: m.group(1) or m.group(2) or m.group(3) or ("i" if m.group(4) else "j"), maths
    )


#: Words saying a letter written outside maths is the imaginary unit ("where i is the imaginary unit", "with j the
#: imaginary unit", "the imaginary unit i"; "où i est l'unité imaginaire").
_IMAGINARY_LETTER_IN_WORDS = re.compile(
    rf"(?<![\w\\$'’])(?-i:([ij]))\s*,?\s*(?:(?:is|denotes|being|est|ist|es|是|为|為|は)\s*)?(?:(?:the|l'|la|die|el)\s*)?"
    rf"{_IMAGINARY_UNIT}|{_IMAGINARY_UNIT}\s*,?\s*(?-i:([ij]))(?![\w$'’])",
    re.IGNORECASE,
)


def _imaginary_units_upright_or_worded(notes: Notes) -> dict[tuple[str, str], tuple[int, str]]:
    """The letters a note's maths writes upright as the imaginary unit (:func:`_upright_unit_letters`: in a
    sentence, a definition, a law or a step), or that its words outside maths say is it
    (:data:`_IMAGINARY_LETTER_IN_WORDS`), with the first line that does."""
    written = [
        *((inline.line, inline.text) for inline in notes.inline),
        *((definition.line, f"{definition.name} = {definition.body}") for definition in notes.definitions),
        *((law.line, f"{law.variable} \\sim {law.law}") for law in notes.laws),
        *((step.line, f"{step.lhs} = {step.rhs}") for step in notes.steps),
    ]
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for line, maths in sorted(written):
        for letter in sorted(_upright_unit_letters(maths)):
            found.setdefault((letter, ""), (line, maths.strip()))
    for paragraph in notes.prose:
        for said in _IMAGINARY_LETTER_IN_WORDS.finditer(re.sub(r"\$[^$]*\$", " $ ", paragraph.text)):
            found.setdefault((said.group(1) or said.group(2), ""), (paragraph.line, said.group(0)))
    return found


def imaginary_units_said(notes: Notes) -> dict[tuple[str, str], tuple[int, str]]:
    """The letters of a sentence's maths that words beside it say is the imaginary unit (:data:`_IMAGINARY_AFTER`,
    :data:`_IMAGINARY_BEFORE`: ``i``, and ``z`` in "$z = i$, the imaginary unit"), or that the maths itself makes a
    root of a negative number (:func:`_unit_in_maths`) or writes with an upright unit (``z = \\mathrm{i}``), and the
    letters written upright or said the unit in words (:func:`_imaginary_units_upright_or_worded`), with the line and
    the maths.  The reading's names are real:
    it proves of them what holds of reals, and a counterexample gives them real values."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for inline in notes.inline:
        around = _words_around(inline)
        worded = around is not None and (_IMAGINARY_AFTER.match(around[1]) or _IMAGINARY_BEFORE.search(around[0]))
        upright = bool(_upright_unit_letters(inline.text))  # "$z = \\mathrm{i}$": z is the unit, or made of it
        if not worded and not upright and not _unit_in_maths(inline.text):
            continue
        for part in _DEFINES.sub("=", _upright_unit_as_letters(inline.text)).split(
            "="
        ):  # "z = i", "i := \\sqrt{-1}": each side's names
            written = parse(part, inline.line).node
            for name in nodes(written) if written is not None else ():
                if isinstance(name, syntax.Name):
                    found.setdefault((name.base, name.decoration), (inline.line, inline.text.strip()))
    return {**_imaginary_units_upright_or_worded(notes), **found}


#: Words after a name (and the names listed with it) saying it takes discrete values: a copula, maybe an article or
#: "always", then binary, Boolean, discrete, integer(-valued), categorical, Bernoulli, a bit or an indicator, or "0
#: or 1" ("every $x_t$ is binary", "$b$ is a Boolean variable", "are integer-valued", "is a bit"; est binaire, ist
#: binär, 是二值的); or "takes values in" a set of integers written in maths ("takes values in $\{0, 1\}$") or
#: "takes the values 0 or 1" (rt51b-11..13).
_DISCRETE_VALUES_AFTER = re.compile(
    rf"^(?:\s*(?:,|and|et|und|和|与)?\s*{_MATHS})*\s*,?\s*(?:(?:is|are|be|being|est|sont|soit|ist|sind|sei|es|son)\s+"
    r"(?:(?:a|an|always|all|only|either|un|une|ein|eine)\s+)*(?:binary|boolean|discrete|integers?|integer[- ]valued"
    r"|categorical|bernoulli|binaires?|bin[äa]r\w*|diskret\w*|discr[èe]te?s?|enti(?:er|ère)s?|ganzzahlig\w*"
    r"|indicators?|indicatrices?|Indikator\w*|bits?(?!\s+(?:[^\W\d_]+er|more|less|too|of|over|under|above|below)\b))\b"
    r"(?!\s+(?:log|logarithm|cross|entropy|search|tree|expansion|representation|digits?)\b)"
    r"|(?:is|are|est|sont|ist|sind)\s+(?:either\s+)?0\s+or\s+1\b"
    r"|(?:takes?|taking)\s+(?:only\s+)?(?:(?:its|their|the)\s+)?values?\s+(?:(?:0|-1)\s+(?:or|and)\s+1\b"
    r"|in\s+\$\s*\\\{\s*-?\d+\s*(?:,\s*-?\d+\s*)+\\\}\s*\$))"
    r"|^\s*(?:是|为|為|は)\s*(?:二值|二元|离散|離散|整数|二値)",
    re.IGNORECASE,
)


def discrete_values_said(notes: Notes) -> dict[tuple[str, str], tuple[int, str]]:
    """The letters a sentence says take discrete values (:data:`_DISCRETE_VALUES_AFTER`: "every $x_t$ is binary,
    0 or 1"), with the line and the words.  A counterexample gives them real values, which break what it says."""
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for inline in notes.inline:
        around = _words_around(inline)
        said = _DISCRETE_VALUES_AFTER.match(around[1]) if around is not None else None
        if said is None:
            continue
        listed = _variables(inline.text, inline.line).node
        for name in listed.arguments if isinstance(listed, syntax.Call) else ():
            if isinstance(name, syntax.Name):
                found.setdefault((name.base, name.decoration), (inline.line, " ".join(said.group(0).split())))
    return found
