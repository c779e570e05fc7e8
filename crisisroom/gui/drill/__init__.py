"""The drill window: the facilitator's clock, injects and scoring."""
