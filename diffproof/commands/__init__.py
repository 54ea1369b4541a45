"""One module per subcommand of ``diffproof``."""
