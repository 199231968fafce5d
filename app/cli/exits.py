"""The command line's exit codes."""

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
