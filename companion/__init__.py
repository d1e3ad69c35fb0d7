"""Companion: a private desktop companion for people in counseling or therapy."""

__version__ = "0.1.0"
APP_NAME = "Companion"
#: The reverse-DNS name of the app: the Linux desktop entry, icon and AppStream id
#: (resources/org.companion.Companion.*) and the macOS bundle identifier (build.spec).
APP_ID = "org.companion.Companion"
