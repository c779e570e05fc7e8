"""The subcommands of ``crisisroom``, one module per command group; cli.py assembles them."""
