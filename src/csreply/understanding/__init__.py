"""Understanding a message: normalising and segmenting text, features, the learned model and its
index, the matcher that ranks scenarios, emotion, customer type, products named, severity and the
chat context; and measuring how well it understands (evaluate, crossval)."""
