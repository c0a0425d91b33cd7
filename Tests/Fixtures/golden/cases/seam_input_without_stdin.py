# tags: lang errors
# input() with no standard input: the prompt is written to stdout without a newline, then EOFError.
print("before")
try:
    input("Your name? ")
except EOFError as e:
    print("caught:", type(e).__name__, e)
for call in (lambda: input("a", "b"), lambda: input(prompt="x")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(input)
print(issubclass(EOFError, Exception))
answer = input(42)
print("never printed")
