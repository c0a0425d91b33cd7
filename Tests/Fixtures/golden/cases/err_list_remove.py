# tags: lang errors
values = [1, 2, 3]
values.remove(2)
print(values)
values.remove(5)
