"""Importing a decision's list of honours from a spreadsheet."""
