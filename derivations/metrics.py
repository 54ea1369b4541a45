r"""The width of displayed maths, from Computer Modern's font metrics and TeX's spacing rules.

Long lines are broken where they would not fit the page (:func:`derivations.latex.broken`);
that needs their width before LaTeX runs.  :func:`math_width` lays out LaTeX maths the way TeX
does, well enough to break lines: each glyph takes its width from the font it is set in
(``cmmi10`` for italic letters, ``cmbx10`` for ``\mathbf``, ``cmsy10`` for ``\mathcal`` and
operators, ``cmex10`` for large delimiters, ``msbm10`` for ``\mathbb``, at 10, 7 and 5 pt for
scripts), atoms are spaced by the table of *The TeXbook*, chapter 18 (thin, medium and thick
spaces between ordinary symbols, operators, binary operators, relations, ...), fractions take
the wider of their numerator and denominator, and ``\left...\right`` delimiters grow with what
they enclose.  A test compares it with the widths pdflatex measures on the whole catalogue.

The glyph widths were read from the TFM files of TeX Live with ``tftopl``.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Widths in pt of the glyphs of each family at 10, 7 and 5 pt (text/display, script, scriptscript).
GLYPHS: dict[str, dict[str, tuple[float, float, float]]] = {
    "roman": {
        "a": (5.0, 3.986, 3.403),
        "b": (5.556, 4.417, 3.75),
        "c": (4.444, 3.556, 3.056),
        "d": (5.556, 4.417, 3.75),
        "e": (4.444, 3.556, 3.056),
        "f": (3.056, 2.479, 2.188),
        "g": (5.0, 3.986, 3.403),
        "h": (5.556, 4.417, 3.75),
        "i": (2.778, 2.264, 2.014),
        "j": (3.056, 2.479, 2.188),
        "k": (5.278, 4.201, 3.576),
        "l": (2.778, 2.264, 2.014),
        "m": (8.333, 6.569, 5.486),
        "n": (5.556, 4.417, 3.75),
        "o": (5.0, 3.986, 3.403),
        "p": (5.556, 4.417, 3.75),
        "q": (5.278, 4.201, 3.576),
        "r": (3.917, 3.125, 2.708),
        "s": (3.944, 3.168, 2.743),
        "t": (3.889, 3.125, 2.708),
        "u": (5.556, 4.417, 3.75),
        "v": (5.278, 4.201, 3.576),
        "w": (7.222, 5.708, 4.792),
        "x": (5.278, 4.201, 3.576),
        "y": (5.278, 4.201, 3.576),
        "z": (4.444, 3.556, 3.056),
        "A": (7.5, 5.903, 4.903),
        "B": (7.083, 5.59, 4.674),
        "C": (7.222, 5.708, 4.792),
        "D": (7.639, 6.021, 5.021),
        "E": (6.806, 5.375, 4.5),
        "F": (6.528, 5.16, 4.326),
        "G": (7.847, 6.188, 5.167),
        "H": (7.5, 5.903, 4.903),
        "I": (3.611, 2.889, 2.472),
        "J": (5.139, 4.083, 3.458),
        "K": (7.778, 6.118, 5.076),
        "L": (6.25, 4.944, 4.153),
        "M": (9.167, 7.194, 5.945),
        "N": (7.5, 5.903, 4.903),
        "O": (7.778, 6.139, 5.139),
        "P": (6.806, 5.375, 4.5),
        "Q": (7.778, 6.139, 5.139),
        "R": (7.361, 5.806, 4.847),
        "S": (5.556, 4.417, 3.75),
        "T": (7.222, 5.708, 4.792),
        "U": (7.5, 5.903, 4.903),
        "V": (7.5, 5.903, 4.903),
        "W": (10.278, 8.056, 6.639),
        "X": (7.5, 5.903, 4.903),
        "Y": (7.5, 5.903, 4.903),
        "Z": (6.111, 4.847, 4.097),
        "0": (5.0, 3.986, 3.403),
        "1": (5.0, 3.986, 3.403),
        "2": (5.0, 3.986, 3.403),
        "3": (5.0, 3.986, 3.403),
        "4": (5.0, 3.986, 3.403),
        "5": (5.0, 3.986, 3.403),
        "6": (5.0, 3.986, 3.403),
        "7": (5.0, 3.986, 3.403),
        "8": (5.0, 3.986, 3.403),
        "9": (5.0, 3.986, 3.403),
        "(": (3.889, 3.125, 2.708),
        ")": (3.889, 3.125, 2.708),
        "[": (2.778, 2.264, 2.014),
        "]": (2.778, 2.264, 2.014),
        "+": (7.778, 6.139, 5.139),
        "=": (7.778, 6.139, 5.139),
        ";": (2.778, 2.264, 2.014),
        ":": (2.778, 2.264, 2.014),
        "!": (2.778, 2.264, 2.014),
        ",": (2.778, 2.264, 2.014),
        ".": (2.778, 2.264, 2.014),
        "/": (5.0, 3.986, 3.403),
        "'": (2.778, 2.264, 2.014),
        "-": (3.333, 2.694, 2.361),
        "\\Gamma": (6.25, 4.944, 4.153),
        "\\Delta": (8.333, 6.569, 5.486),
        "\\Theta": (7.778, 6.139, 5.139),
        "\\Lambda": (6.944, 5.472, 4.556),
        "\\Xi": (6.667, 5.278, 4.445),
        "\\Pi": (7.5, 5.903, 4.903),
        "\\Sigma": (7.222, 5.708, 4.792),
        "\\Upsilon": (7.778, 6.139, 5.139),
        "\\Phi": (7.222, 5.708, 4.792),
        "\\Psi": (7.778, 6.139, 5.139),
        "\\Omega": (7.222, 5.708, 4.792),
    },
    "italic": {
        "a": (5.286, 4.338, 3.872),
        "b": (4.292, 3.517, 3.167),
        "c": (4.328, 3.574, 3.247),
        "d": (5.205, 4.163, 3.699),
        "e": (4.656, 3.794, 3.385),
        "f": (4.896, 3.899, 3.42),
        "g": (4.77, 3.901, 3.503),
        "h": (5.762, 4.682, 4.138),
        "i": (3.445, 2.829, 2.668),
        "j": (4.118, 3.309, 2.941),
        "k": (5.206, 4.251, 3.791),
        "l": (2.984, 2.529, 2.402),
        "m": (8.78, 7.096, 6.14),
        "n": (6.002, 4.943, 4.404),
        "o": (4.847, 3.947, 3.514),
        "p": (5.031, 4.122, 3.699),
        "q": (4.464, 3.665, 3.295),
        "r": (4.512, 3.713, 3.357),
        "s": (4.688, 3.774, 3.351),
        "t": (3.611, 3.021, 2.818),
        "u": (5.725, 4.728, 4.23),
        "v": (4.847, 4.0, 3.611),
        "w": (7.159, 5.785, 5.045),
        "x": (5.715, 4.535, 3.958),
        "y": (4.903, 4.056, 3.653),
        "z": (4.651, 3.821, 3.443),
        "A": (7.5, 6.014, 5.181),
        "B": (7.585, 6.042, 5.185),
        "C": (7.147, 5.736, 4.98),
        "D": (8.279, 6.539, 5.549),
        "E": (7.382, 5.871, 5.035),
        "F": (6.431, 5.072, 4.337),
        "G": (7.862, 6.226, 5.32),
        "H": (8.313, 6.549, 5.552),
        "I": (4.396, 3.544, 3.134),
        "J": (5.545, 4.424, 3.865),
        "K": (8.493, 6.719, 5.695),
        "L": (6.806, 5.486, 4.778),
        "M": (9.701, 7.626, 6.42),
        "N": (8.035, 6.334, 5.379),
        "O": (7.628, 6.083, 5.238),
        "P": (6.42, 5.091, 4.377),
        "Q": (7.906, 6.298, 5.411),
        "R": (7.593, 6.024, 5.15),
        "S": (6.132, 4.91, 4.281),
        "T": (5.844, 4.723, 4.162),
        "U": (6.828, 5.448, 4.719),
        "V": (5.833, 4.722, 4.139),
        "W": (9.444, 7.521, 6.396),
        "X": (8.285, 6.558, 5.564),
        "Y": (5.806, 4.701, 4.122),
        "Z": (6.826, 5.449, 4.715),
        "\\alpha": (6.397, 5.199, 4.567),
        "\\beta": (5.656, 4.534, 3.953),
        "\\gamma": (5.177, 4.201, 3.735),
        "\\delta": (4.444, 3.635, 3.271),
        "\\epsilon": (4.059, 3.333, 3.068),
        "\\zeta": (4.375, 3.639, 3.333),
        "\\eta": (4.965, 4.12, 3.719),
        "\\theta": (4.694, 3.809, 3.385),
        "\\iota": (3.539, 2.96, 2.749),
        "\\kappa": (5.762, 4.682, 4.138),
        "\\lambda": (5.833, 4.743, 4.201),
        "\\mu": (6.026, 4.862, 4.249),
        "\\nu": (4.94, 4.009, 3.56),
        "\\xi": (4.375, 3.639, 3.333),
        "\\pi": (5.7, 4.676, 4.156),
        "\\rho": (5.17, 4.149, 3.63),
        "\\sigma": (5.714, 4.634, 4.076),
        "\\tau": (4.372, 3.688, 3.408),
        "\\upsilon": (5.403, 4.431, 3.958),
        "\\phi": (5.958, 4.808, 4.208),
        "\\chi": (6.257, 4.997, 4.323),
        "\\psi": (6.514, 5.292, 4.653),
        "\\omega": (6.225, 5.038, 4.432),
        "\\varepsilon": (4.663, 3.778, 3.373),
        "\\vartheta": (5.914, 4.829, 4.277),
        "\\varpi": (8.281, 6.65, 5.724),
        "\\varrho": (5.17, 4.149, 3.63),
        "\\varsigma": (3.628, 3.075, 2.891),
        "\\varphi": (6.542, 5.26, 4.59),
        ",": (2.778, 2.375, 2.292),
        ".": (2.778, 2.375, 2.292),
        "/": (5.0, 4.097, 3.681),
        "<": (7.778, 6.25, 5.417),
        ">": (7.778, 6.25, 5.417),
        "\\partial": (5.309, 4.27, 3.745),
        "\\ell": (4.167, 3.347, 2.986),
    },
    "bold": {
        "a": (5.59, 4.406, 3.691),
        "b": (6.389, 5.028, 4.194),
        "c": (5.111, 4.033, 3.389),
        "d": (6.389, 5.028, 4.194),
        "e": (5.271, 4.147, 3.462),
        "f": (3.514, 2.79, 2.382),
        "g": (5.75, 4.531, 3.792),
        "h": (6.389, 5.028, 4.194),
        "i": (3.194, 2.542, 2.181),
        "j": (3.514, 2.79, 2.382),
        "k": (6.069, 4.779, 3.993),
        "l": (3.194, 2.542, 2.181),
        "m": (9.583, 7.514, 6.208),
        "n": (6.389, 5.028, 4.194),
        "o": (5.75, 4.531, 3.792),
        "p": (6.389, 5.028, 4.194),
        "q": (6.069, 4.779, 3.993),
        "r": (4.736, 3.742, 3.111),
        "s": (4.536, 3.586, 3.026),
        "t": (4.472, 3.536, 2.986),
        "u": (6.389, 5.028, 4.194),
        "v": (6.069, 4.779, 3.993),
        "w": (8.306, 6.519, 5.403),
        "x": (6.069, 4.779, 3.993),
        "y": (6.069, 4.779, 3.993),
        "z": (5.111, 4.033, 3.389),
        "A": (8.694, 6.775, 5.569),
        "B": (8.181, 6.399, 5.285),
        "C": (8.306, 6.519, 5.403),
        "D": (8.819, 6.896, 5.687),
        "E": (7.556, 5.911, 4.889),
        "F": (7.236, 5.662, 4.687),
        "G": (9.042, 7.081, 5.847),
        "H": (9.0, 7.014, 5.764),
        "I": (4.361, 3.356, 2.75),
        "J": (5.944, 4.658, 3.875),
        "K": (9.014, 7.024, 5.771),
        "L": (6.917, 5.414, 4.486),
        "M": (10.917, 8.506, 6.972),
        "N": (9.0, 7.014, 5.764),
        "O": (8.639, 6.778, 5.611),
        "P": (7.861, 6.15, 5.083),
        "Q": (8.639, 6.778, 5.611),
        "R": (8.625, 6.719, 5.514),
        "S": (6.389, 5.028, 4.194),
        "T": (8.0, 6.281, 5.208),
        "U": (8.847, 6.894, 5.667),
        "V": (8.694, 6.775, 5.569),
        "W": (11.889, 9.261, 7.583),
        "X": (8.694, 6.775, 5.569),
        "Y": (8.694, 6.775, 5.569),
        "Z": (7.028, 5.525, 4.597),
        "0": (5.75, 4.531, 3.792),
        "1": (5.75, 4.531, 3.792),
        "2": (5.75, 4.531, 3.792),
        "3": (5.75, 4.531, 3.792),
        "4": (5.75, 4.531, 3.792),
        "5": (5.75, 4.531, 3.792),
        "6": (5.75, 4.531, 3.792),
        "7": (5.75, 4.531, 3.792),
        "8": (5.75, 4.531, 3.792),
        "9": (5.75, 4.531, 3.792),
        "\\Gamma": (6.917, 5.414, 4.486),
        "\\Delta": (9.583, 7.514, 6.208),
        "\\Theta": (8.944, 7.017, 5.805),
        "\\Lambda": (8.056, 6.278, 5.167),
        "\\Xi": (7.667, 6.022, 5.0),
        "\\Pi": (9.0, 7.014, 5.764),
        "\\Sigma": (8.306, 6.519, 5.403),
        "\\Upsilon": (8.944, 7.017, 5.805),
        "\\Phi": (8.306, 6.519, 5.403),
        "\\Psi": (8.944, 7.017, 5.805),
        "\\Omega": (8.306, 6.519, 5.403),
    },
    "bolditalic": {
        "a": (6.329, 5.055, 4.345),
        "b": (5.208, 4.101, 3.493),
        "c": (5.134, 4.09, 3.532),
        "d": (6.097, 4.807, 4.143),
        "e": (5.536, 4.373, 3.731),
        "f": (5.681, 4.421, 3.618),
        "g": (5.449, 4.332, 3.718),
        "h": (6.676, 5.313, 4.553),
        "i": (4.048, 3.274, 2.981),
        "j": (4.708, 3.649, 3.062),
        "k": (6.037, 4.816, 4.15),
        "l": (3.481, 2.827, 2.539),
        "m": (10.324, 8.246, 7.009),
        "n": (7.13, 5.76, 4.995),
        "o": (5.847, 4.599, 3.896),
        "p": (6.009, 4.807, 4.143),
        "q": (5.421, 4.282, 3.634),
        "r": (5.287, 4.241, 3.664),
        "s": (5.312, 4.167, 3.524),
        "t": (4.153, 3.417, 3.091),
        "u": (6.81, 5.512, 4.794),
        "v": (5.667, 4.557, 3.965),
        "w": (8.315, 6.611, 5.623),
        "x": (6.59, 5.162, 4.33),
        "y": (5.903, 4.739, 4.083),
        "z": (5.551, 4.434, 3.782),
        "A": (8.694, 6.831, 5.736),
        "B": (8.664, 6.78, 5.672),
        "C": (8.169, 6.442, 5.439),
        "D": (9.381, 7.295, 6.052),
        "E": (8.101, 6.323, 5.286),
        "F": (6.889, 5.312, 4.41),
        "G": (8.867, 6.918, 5.767),
        "H": (9.823, 7.608, 6.293),
        "I": (5.111, 3.922, 3.295),
        "J": (6.312, 4.91, 4.13),
        "K": (9.712, 7.555, 6.266),
        "L": (7.556, 5.967, 5.055),
        "M": (11.42, 8.851, 7.3),
        "N": (9.503, 7.359, 6.092),
        "O": (8.367, 6.568, 5.517),
        "P": (7.231, 5.614, 4.685),
        "Q": (8.686, 6.816, 5.718),
        "R": (8.723, 6.784, 5.667),
        "S": (6.927, 5.435, 4.588),
        "T": (6.366, 5.03, 4.287),
        "U": (8.003, 6.255, 5.251),
        "V": (6.778, 5.339, 4.528),
        "W": (10.931, 8.571, 7.146),
        "X": (9.472, 7.369, 6.115),
        "Y": (6.746, 5.314, 4.508),
        "Z": (7.726, 6.057, 5.092),
        "\\alpha": (7.606, 6.05, 5.15),
        "\\beta": (6.597, 5.168, 4.354),
        "\\gamma": (5.9, 4.666, 3.992),
        "\\delta": (5.222, 4.126, 3.535),
        "\\epsilon": (4.833, 3.833, 3.347),
        "\\zeta": (5.083, 4.094, 3.583),
        "\\eta": (6.0, 4.832, 4.174),
        "\\theta": (5.618, 4.401, 3.719),
        "\\iota": (4.12, 3.325, 2.942),
        "\\kappa": (6.676, 5.313, 4.553),
        "\\lambda": (6.708, 5.332, 4.562),
        "\\mu": (7.079, 5.587, 4.713),
        "\\nu": (5.768, 4.541, 3.843),
        "\\xi": (5.083, 4.094, 3.583),
        "\\pi": (6.824, 5.459, 4.669),
        "\\rho": (6.118, 4.758, 3.962),
        "\\sigma": (6.859, 5.401, 4.54),
        "\\tau": (5.208, 4.261, 3.778),
        "\\upsilon": (6.306, 5.054, 4.368),
        "\\phi": (7.125, 5.593, 4.701),
        "\\chi": (7.181, 5.646, 4.771),
        "\\psi": (7.583, 6.049, 5.174),
        "\\omega": (7.178, 5.696, 4.856),
        "\\varepsilon": (5.288, 4.168, 3.569),
        "\\vartheta": (6.915, 5.534, 4.755),
        "\\varpi": (9.75, 7.707, 6.465),
        "\\varrho": (6.118, 4.758, 3.962),
        "\\varsigma": (4.236, 3.451, 3.076),
        "\\varphi": (7.472, 5.892, 4.986),
        "\\Gamma": (6.917, 5.414, 4.486),
        "\\Delta": (9.583, 7.514, 6.208),
        "\\Theta": (8.944, 7.017, 5.805),
        "\\Lambda": (8.056, 6.278, 5.167),
        "\\Xi": (7.667, 6.022, 5.0),
        "\\Pi": (9.0, 7.014, 5.764),
        "\\Sigma": (8.306, 6.519, 5.403),
        "\\Upsilon": (8.944, 7.017, 5.805),
        "\\Phi": (8.306, 6.519, 5.403),
        "\\Psi": (8.944, 7.017, 5.805),
        "\\Omega": (8.306, 6.519, 5.403),
    },
    "calligraphic": {
        "A": (7.985, 6.423, 5.567),
        "B": (6.568, 5.274, 4.597),
        "C": (5.265, 4.341, 3.91),
        "D": (7.714, 6.226, 5.42),
        "E": (5.278, 4.313, 3.854),
        "F": (7.187, 5.728, 4.941),
        "G": (5.949, 4.82, 4.252),
        "H": (8.445, 6.851, 5.973),
        "I": (5.445, 4.526, 4.098),
        "J": (6.778, 5.475, 4.792),
        "K": (7.62, 6.102, 5.275),
        "L": (6.897, 5.542, 4.824),
        "M": (12.009, 9.399, 7.839),
        "N": (8.205, 6.549, 5.63),
        "O": (7.961, 6.341, 5.446),
        "P": (6.956, 5.664, 4.988),
        "Q": (8.167, 6.551, 5.66),
        "R": (8.475, 6.867, 5.981),
        "S": (6.056, 4.915, 4.34),
        "T": (5.446, 4.535, 4.112),
        "U": (6.258, 5.025, 4.369),
        "V": (6.128, 5.039, 4.495),
        "W": (9.878, 7.946, 6.838),
        "X": (7.133, 5.732, 4.983),
        "Y": (6.683, 5.351, 4.647),
        "Z": (7.247, 5.762, 4.957),
    },
    "blackboard": {
        "A": (7.222, 5.056, 3.611),
        "B": (6.667, 4.667, 3.333),
        "C": (7.222, 5.056, 3.611),
        "D": (7.222, 5.056, 3.611),
        "E": (6.667, 4.667, 3.333),
        "F": (6.111, 4.278, 3.055),
        "G": (7.778, 5.444, 3.889),
        "H": (7.778, 5.444, 3.889),
        "I": (3.889, 2.722, 1.944),
        "J": (5.0, 3.5, 2.5),
        "K": (7.778, 5.444, 3.889),
        "L": (6.667, 4.667, 3.333),
        "M": (9.444, 6.611, 4.722),
        "N": (7.222, 5.056, 3.611),
        "O": (7.778, 5.444, 3.889),
        "P": (6.111, 4.278, 3.055),
        "Q": (7.778, 5.444, 3.889),
        "R": (7.222, 5.056, 3.611),
        "S": (5.556, 3.889, 2.778),
        "T": (6.667, 4.667, 3.333),
        "U": (7.222, 5.056, 3.611),
        "V": (7.222, 5.056, 3.611),
        "W": (10.0, 7.0, 5.0),
        "X": (7.222, 5.056, 3.611),
        "Y": (7.222, 5.056, 3.611),
        "Z": (6.667, 4.667, 3.333),
    },
    "symbols": {
        "-": (7.778, 6.25, 5.417),
        "\\cdot": (2.778, 2.375, 2.292),
        "\\times": (7.778, 6.25, 5.417),
        "*": (5.0, 4.097, 3.681),
        "\\ast": (5.0, 4.097, 3.681),
        "\\pm": (7.778, 6.25, 5.417),
        "\\mid": (2.778, 2.375, 2.292),
        "|": (2.778, 2.375, 2.292),
        "\\|": (5.0, 4.097, 3.681),
        "\\le": (7.778, 6.25, 5.417),
        "\\ge": (7.778, 6.25, 5.417),
        "\\sim": (7.778, 6.25, 5.417),
        "\\to": (10.0, 7.972, 6.806),
        "\\infty": (10.0, 7.972, 6.806),
        "\\nabla": (8.333, 6.681, 5.764),
        "\\top": (7.778, 6.25, 5.417),
        "\\{": (5.0, 4.097, 3.681),
        "\\}": (5.0, 4.097, 3.681),
        "'": (2.75, 2.306, 2.205),
        "\\propto": (7.778, 6.25, 5.417),
        "\\perp": (7.778, 6.25, 5.417),
        "\\in": (6.667, 5.389, 4.722),
        "\\approx": (7.778, 6.25, 5.417),
        "\\equiv": (7.778, 6.25, 5.417),
    },
    "large": {
        "\\sum": (14.444, 14.444, 14.444),
        "\\int": (5.556, 5.556, 5.556),
        "\\prod": (12.778, 12.778, 12.778),
    },
}

#: Widths in pt of ( [ \| and the radical sign at their normal size, then \big, \Big, \bigg, \Bigg.
DELIMITERS = {
    "(": (3.889, 4.583, 5.972, 7.361, 7.917),
    "[": (2.778, 4.167, 4.722, 5.278, 5.833),
    r"\|": (5.0, 5.556, 5.556, 5.556, 5.556),
    "surd": (8.333, 10.0, 10.0, 10.0, 10.0),
}
#: Large operators (cmex10) in display and in text style, with their italic correction: \int is slanted.
LARGE_OPERATORS = {
    r"\sum": (14.444, 10.556),
    r"\prod": (12.778, 9.444),
    r"\int": (10.0, 6.667),
    r"\iint": (10.0, 6.667),
    r"\iiint": (10.0, 6.667),
    r"\oint": (10.0, 6.667),
}
NULL_DELIMITER = 1.2  # \nulldelimiterspace
SCRIPT_SPACE = 0.5  # \scriptspace
SIZES = (10.0, 7.0, 5.0)

# Atom classes of TeX.
ORD, OP, BIN, REL, OPEN, CLOSE, PUNCT, INNER = range(8)

#: TeX's spacing between atoms (The TeXbook, p. 170): 0 none, 1 thin, 2 medium, 3 thick;
#: negative: only in display and text style, not in scripts.
SPACING = (
    (0, 1, -2, -3, 0, 0, 0, -1),
    (1, 1, 0, -3, 0, 0, 0, -1),
    (-2, -2, 0, 0, -2, 0, 0, -2),
    (-3, -3, 0, 0, -3, 0, 0, -3),
    (0, 0, 0, 0, 0, 0, 0, 0),
    (0, 1, -2, -3, 0, 0, 0, -1),
    (-1, -1, 0, -1, -1, -1, -1, -1),
    (-1, 1, -2, -3, -1, 0, -1, -1),
)
MU = (3.0, 4.0, 5.0)  # thin, medium, thick spaces in mu (1/18 em)

RELATIONS = {"=", "<", ">", r"\le", r"\ge", r"\sim", r"\to", r"\mid", r"\propto", r"\in", r"\approx", r"\equiv"}
BINARIES = {"+", "-", r"\cdot", r"\times", r"\ast", "*", r"\pm"}
OPENINGS = {"(", "[", r"\{"}
CLOSINGS = {")", "]", r"\}"}
PUNCTUATION = {",", ";"}
#: Operators written in roman letters: \log x.
NAMED_OPERATORS = {r"\log", r"\exp", r"\det", r"\lim", r"\sin", r"\cos", r"\tan", r"\tanh", r"\min", r"\max", r"\ln"}
#: Explicit spaces, in pt at 10 pt.
SPACES = {
    r"\,": 1.667,
    r"\:": 2.222,
    r"\;": 2.778,
    r"\!": -1.667,
    r"\ ": 3.333,
    "~": 3.333,
    r"\quad": 10.0,
    r"\qquad": 20.0,
}
FAMILIES = {r"\mathbf": "bold", r"\boldsymbol": "bolditalic", r"\bm": "bolditalic", r"\mathcal": "calligraphic"}
FAMILIES |= {r"\mathbb": "blackboard", r"\mathrm": "roman", r"\text": "roman", r"\operatorname": "roman"}
ACCENTS = {r"\bar", r"\hat", r"\tilde", r"\vec", r"\dot", r"\overline", r"\widehat"}


@dataclass
class Atom:
    """A laid-out piece of a formula: its class, width (pt) and height in lines (for delimiters)."""

    kind: int
    width: float
    height: int = 0


def tokens(tex: str) -> list[str]:
    """Control sequences, single characters and spaces."""
    found, i = [], 0
    while i < len(tex):
        if tex[i] == "\\":
            j = i + 1
            while j < len(tex) and tex[j].isalpha():
                j += 1
            found.append(tex[i : max(j, i + 2)])
            i = max(j, i + 2)
        else:
            found.append(tex[i])
            i += 1
    return found


class _Layout:
    """A recursive-descent reader of maths tokens that lays out atoms."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.at = 0

    def peek(self) -> str | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> str:
        token = self.items[self.at]
        self.at += 1
        return token

    def skip_spaces(self) -> None:
        while self.peek() == " ":
            self.at += 1

    def argument(self) -> list[str]:
        """The tokens of the next group (or the next single token)."""
        self.skip_spaces()
        if self.peek() != "{":
            return [self.take()] if self.peek() is not None else []
        depth, start = 0, self.at
        while self.at < len(self.items):
            token = self.take()
            depth += {"{": 1, "}": -1}.get(token, 0)
            if depth == 0:
                return self.items[start + 1 : self.at - 1]
        return self.items[start + 1 :]


def _glyph(family: str, token: str, size: int) -> float:
    widths = GLYPHS[family].get(token) or GLYPHS["italic"].get(token) or GLYPHS["roman"].get(token)
    return widths[min(size, 2)] if widths else 5.0 * SIZES[min(size, 2)] / 10


def _atoms(items: list[str], size: int, display: bool, family: str = "italic") -> list[Atom]:
    reader = _Layout(items)
    atoms: list[Atom] = []
    while reader.peek() is not None:
        token = reader.take()
        if token == " ":
            if family == "roman" and atoms:
                atoms.append(Atom(ORD, 3.333 * SIZES[size] / 10))  # a word space in \text
            continue
        if token in ("_", "^"):
            _script(reader, atoms, size)
            continue
        atoms.extend(_atom(token, reader, size, display, family))
    return atoms


def _script(reader: _Layout, atoms: list[Atom], size: int) -> None:
    """A subscript or superscript on the last atom; a second script sets beside the first, not after it."""
    script = width(reader.argument(), min(size + 1, 2), False)
    if reader.peek() in ("_", "^"):
        reader.take()
        script = max(script, width(reader.argument(), min(size + 1, 2), False))
    if not atoms:
        atoms.append(Atom(ORD, 0.0))
    atoms[-1].width += script + SCRIPT_SPACE
    atoms[-1].height = max(atoms[-1].height, 1)


def _atom(token: str, reader: _Layout, size: int, display: bool, family: str) -> list[Atom]:
    scale = SIZES[size] / 10
    if token == "{":
        reader.at -= 1
        inner = _atoms(reader.argument(), size, display, family)
        return [Atom(ORD, _total(inner, size), max((a.height for a in inner), default=0))]
    if token in SPACES:
        return [Atom(-1, SPACES[token] * scale)]
    if token in FAMILIES:
        argument = reader.argument()
        inner = _atoms(argument, size, display, FAMILIES[token])
        kind = OP if token == r"\operatorname" else ORD
        return [Atom(kind, _total(inner, size), max((a.height for a in inner), default=0))]
    if token in ACCENTS:
        inner = _atoms(reader.argument(), size, display, family)
        return [Atom(ORD, _total(inner, size), max((a.height for a in inner), default=0))]
    if token in (r"\frac", r"\dfrac", r"\tfrac"):
        display_parts = token == r"\dfrac" or (display and token == r"\frac")
        part_size = size if display_parts else min(size + 1, 2)
        numerator = _atoms(reader.argument(), part_size, False, family)
        denominator = _atoms(reader.argument(), part_size, False, family)
        wide = max(_total(numerator, part_size), _total(denominator, part_size)) + 2 * NULL_DELIMITER * scale
        tall = max((a.height for a in numerator + denominator), default=0) + (2 if display_parts else 1)
        return [Atom(INNER, wide, tall)]
    if token == r"\sqrt":
        inner = _atoms(reader.argument(), size, display, family)
        tall = max((a.height for a in inner), default=0)
        return [Atom(ORD, _total(inner, size) + _delimiter("surd", tall, size), tall)]
    if token == r"\left":
        return [_fenced(reader, size, display, family)]
    if token in (r"\right", r"\middle"):
        reader.take()
        return []
    if token in (r"\overset", r"\underset", r"\stackrel"):
        above = width(reader.argument(), min(size + 1, 2), False)
        base = _atoms(reader.argument(), size, display, family)
        kind = base[0].kind if len(base) == 1 else ORD
        return [Atom(kind, max(above, _total(base, size)), 1)]
    if token in (r"\phantom", r"\hphantom"):
        inner = _atoms(reader.argument(), size, display, family)
        return [Atom(ORD, _total(inner, size))]
    if token == r"\begin":
        return [_environment(reader, size, display, family)]
    if token in NAMED_OPERATORS:
        return [Atom(OP, sum(_glyph("roman", letter, size) for letter in token[1:]))]
    if token in LARGE_OPERATORS:
        count = {r"\iint": 2, r"\iiint": 3}.get(token, 1)
        display_size = display and size == 0
        big = LARGE_OPERATORS[token][0 if display_size else 1] * (1.0 if size == 0 else SIZES[size] / 10)
        return [Atom(OP, big * count, 2 if display_size else 1)]
    if token in (r"\coloneqq", r"\eqqcolon"):
        return [Atom(REL, _glyph("roman", ":", size) + _glyph("roman", "=", size))]
    if token == r"\|":
        return [Atom(ORD, _glyph("symbols", token, size))]
    kind = _kind(token)
    if token in GLYPHS["symbols"] and (kind != ORD or token.startswith("\\")) or token in ("-", "*"):
        return [Atom(kind, _glyph("symbols", token, size))]
    if token.isdigit() or token in "()[]+=;:!.'":
        return [Atom(kind, _glyph("roman", token, size))]
    if token in (r"\{", r"\}"):
        return [Atom(kind, _glyph("symbols", token, size))]
    if token in (r"\dpproved", r"\dprefuted", r"\dpundecided", r"\checkmark"):
        return [Atom(ORD, 8.0 * scale)]
    return [Atom(kind, _glyph(family, token, size))]


def _kind(token: str) -> int:
    if token in RELATIONS:
        return REL
    if token in BINARIES:
        return BIN
    if token in OPENINGS:
        return OPEN
    if token in CLOSINGS:
        return CLOSE
    if token in PUNCTUATION:
        return PUNCT
    return ORD


def _delimiter(name: str, height: int, size: int) -> float:
    widths = DELIMITERS.get(name, DELIMITERS["("])
    if size > 0 and height <= 1:  # a script's own small delimiter; a tall one (a matrix) takes a large one
        return widths[0] * SIZES[size] / 10
    return widths[min(height, 4)]


def _fenced(reader: _Layout, size: int, display: bool, family: str) -> Atom:
    """``\\left( ... \\right)``: an inner atom, its delimiters sized by its height."""
    opening = reader.take() if reader.peek() is not None else "."
    depth, start = 1, reader.at
    while reader.peek() is not None:
        token = reader.take()
        if token == r"\left":
            depth += 1
        elif token == r"\right":
            depth -= 1
            if depth == 0:
                break
    inner_items = reader.items[start : reader.at - 1]
    closing = reader.take() if reader.peek() is not None else "."
    inner = _atoms(inner_items, size, display, family)
    tall = max((a.height for a in inner), default=0)
    sides = sum(NULL_DELIMITER if d == "." else _delimiter(_shape(d), tall, size) for d in (opening, closing))
    return Atom(INNER, _total(inner, size) + sides, tall)


def _shape(delimiter: str) -> str:
    if delimiter in ("[", "]", r"\lbrack", r"\rbrack"):
        return "["
    if delimiter in (r"\|", r"\Vert"):
        return r"\|"
    return "("


def _environment(reader: _Layout, size: int, display: bool, family: str) -> Atom:
    """A matrix: the widest cell of each column, columns 10 pt apart, at full size wherever it stands."""
    name = "".join(reader.argument())
    depth, start = 1, reader.at
    while reader.peek() is not None:
        token = reader.take()
        if token == r"\begin":
            depth += 1
        elif token == r"\end":
            depth -= 1
            if depth == 0:
                break
    body = reader.items[start : reader.at - 1]
    reader.argument()
    rows, row, cell = [], [], []
    for token in body + [r"\\"]:
        if token == "&":
            row.append(cell)
            cell = []
        elif token == r"\\":
            row.append(cell)
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(token)
    columns = max(len(r) for r in rows)  # the cells of an array are in text style, even in a script
    widths = [max(width(r[c], 0, False) for r in rows if c < len(r)) for c in range(columns)]
    fences = 2 * DELIMITERS["("][min(len(rows), 4)] if name in ("pmatrix", "bmatrix") else 0.0
    return Atom(INNER, sum(widths) + 10.0 * (columns - 1) + fences, len(rows) + 1)


def _total(atoms: list[Atom], size: int) -> float:
    """The width of a list of atoms with TeX's spaces between them (binary operators made ordinary where
    they have nothing to operate on, as TeX does)."""
    kinds = [a.kind for a in atoms]
    previous = None
    for index, kind in enumerate(kinds):
        if kind == -1:
            continue
        if kind == BIN and (previous is None or kinds[previous] in (BIN, OP, REL, OPEN, PUNCT)):
            kinds[index] = ORD
        if kind in (REL, CLOSE, PUNCT) and previous is not None and kinds[previous] == BIN:
            kinds[previous] = ORD
        previous = index
    total, previous = 0.0, None
    quad = SIZES[size] / 18
    for atom, kind in zip(atoms, kinds):
        total += atom.width
        if kind == -1:
            continue
        if previous is not None:
            space = SPACING[previous][kind]
            if space > 0 or (space < 0 and size == 0):
                total += MU[abs(space) - 1] * quad
        previous = kind
    return total


def width(items: list[str] | str, size: int = 0, display: bool = True) -> float:
    """The width in pt of maths (a string or its tokens) set at ``size`` (0: 10 pt, 1: 7 pt, 2: 5 pt)."""
    if isinstance(items, str):
        items = tokens(items)
    return _total(_atoms(items, size, display), size)


def math_width(tex: str) -> float:
    """The width in pt of ``tex`` in a 10 pt display."""
    return width(tex)
