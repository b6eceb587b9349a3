"""``python -m csreply``."""

from csreply.cli import main

main()
