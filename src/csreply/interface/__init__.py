"""The interface: the CLI and its commands, output formats, chat, the terminal, and the runs over
many messages (batch, report, workers, distributed)."""
