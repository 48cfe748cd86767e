"""kamlab: Key Account Management Lab."""
__version__ = "0.1.0"
