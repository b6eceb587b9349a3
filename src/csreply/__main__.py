"""``python -m csreply``."""

from csreply.interface.cli import main

main()
