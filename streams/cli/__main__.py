"""`python -m streams.cli`: the `raidtally` command."""

from streams.cli.main import main

main()
