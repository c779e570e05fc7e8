"""Crisis Room: an offline crisis room for communications teams."""

__version__ = "0.1.0"
