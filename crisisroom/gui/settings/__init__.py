"""Settings: the organisation, the team, the chain of command, templates."""
