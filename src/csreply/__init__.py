"""csreply: draft customer-service replies from TOML script libraries (话术库)."""

__version__ = "0.1.0"
