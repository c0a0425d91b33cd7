# tags: lang errors
def reader(values):
    for v in values:
        if v < 0:
            raise ValueError(f"negative value: {v}")
        yield v


for item in reader([3, 1, -2, 5]):
    print("item", item)
