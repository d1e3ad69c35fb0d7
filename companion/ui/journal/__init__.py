"""The journal area: list, search and editor."""
