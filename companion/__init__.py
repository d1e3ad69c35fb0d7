"""Companion: a private desktop companion for people in counseling or therapy."""

__version__ = "0.1.0"
APP_NAME = "Companion"
