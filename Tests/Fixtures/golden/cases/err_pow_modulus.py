# tags: lang errors
print(pow(4, -1, 7))
pow(2, -1, 4)
