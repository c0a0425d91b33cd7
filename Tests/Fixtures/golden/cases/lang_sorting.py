# tags: lang
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower) if False else sorted(words, key=lambda w: w.lower()))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted([2.5, 1, True]))
print(min(nums), max(nums), min(nums, key=abs), max(words, key=len), min("xyz"))
print(max([], default=None), min((), default="empty"), max(3, 7, 5), min([4], key=lambda v: -v))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min(["bb", "a", "cc", "d"], key=len))
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted([(1, "b"), (1, "a")]))
