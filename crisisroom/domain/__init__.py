"""Pure domain logic and data: no Qt, no SQL, no I/O."""
