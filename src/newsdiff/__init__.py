"""newsdiff: watch news sites and keep every version of every article in git."""

__version__ = "0.1.0"
