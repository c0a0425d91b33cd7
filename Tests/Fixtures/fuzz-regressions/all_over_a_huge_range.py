x = any(v > 10**18 for v in [0])
print(all(range(1, 10**18)))
