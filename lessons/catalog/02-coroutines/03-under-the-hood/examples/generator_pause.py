# Generators were Python's first pausable functions; coroutines are built on the same machinery.
def counter():
    print("  started")
    received = yield 1            # pause here, hand 1 out, wait for a value in
    print(f"  got {received!r}")
    received = yield 2
    print(f"  got {received!r}")
    return "the end"              # becomes StopIteration.value


gen = counter()                   # like a coroutine: nothing runs yet
print("next ->", next(gen))       # run to the first yield
print("send ->", gen.send("hi"))  # resume: "hi" becomes the value of the yield
try:
    gen.send("bye")
except StopIteration as stop:
    print("finished, return value:", stop.value)
