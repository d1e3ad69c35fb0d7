"""Plain data and rules of Companion. Standard library only: no Qt, no database."""
