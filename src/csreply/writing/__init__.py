"""Writing the reply: drafting from the matched scripts, facts, the business calendar (deadlines),
tips and the final polish."""
