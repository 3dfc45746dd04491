"""Reviewing claims: agreement between reviewers (kappa), review files, second review.

``kappa``: Cohen's kappa. ``review_file``: the JSON file one reviewer's verdicts travel in
(until project bundles carry them). ``second_review``: import another reviewer's verdicts,
compare two reviewers, resolve disagreements with a final verdict.
"""
