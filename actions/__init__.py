"""Thin rasa-sdk actions: read the tracker, ask knowledge/, fill a response."""
