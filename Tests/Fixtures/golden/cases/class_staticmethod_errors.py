# tags: lang classes errors
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack().push(1).push(2)
print(s, len(s), s.pop(), s)
print(Stack.push)
try:
    Stack.push(5)
except TypeError as e:
    print("TypeError:", e)
try:
    s.push()
except TypeError as e:
    print("TypeError:", e)
try:
    s.push(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    s.push(y=3)
except TypeError as e:
    print("TypeError:", e)
s.pop()
s.pop()
