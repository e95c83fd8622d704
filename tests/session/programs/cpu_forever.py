# Burns CPU for ever: only a CPU time limit (or the timeout) ends it.
while True:
    pass
