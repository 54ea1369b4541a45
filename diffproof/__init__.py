"""diffproof: derive and verify, step by step, the mathematics of diffusion models."""

__version__ = "0.1.0"
