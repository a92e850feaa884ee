"""Data link layer tests."""
