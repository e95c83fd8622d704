# Writes records with ever-growing ids into its own trace channel, then finishes normally.
import forge

forge.send(forge.growing_ids())
print("done")
