# tags: lang
print(int('10', 16), int('ff', 16), int('FF', 16), int('0x1f', 16), int('0x1f', 0), int('z', 36))
print(int('0b101', 0), int('0o17', 0), int('17', 8), int(' -1_000 ', 10), int('0x_1F', 0), int('000', 0))
print(int('1' * 100, 2), int('-0b1', 0), int('+12', 3), int('12', base=3))
for text, base in [('010', 0), ('9', 8), ('0x', 16), ('1__0', 10), ('_1', 10), ('z', 37), ('1', 1), ('', 10), ('12', -1)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e), e)
try:
    int(5, 2)
except TypeError as e:
    print(type(e), e)
