# tags: lang
print(round(1.5, 400), round(2.5, -400), round(-2.5, -400), round(1.0, -2**63), round(5, 2**63), round(1.5, 2**100))
print(round(12345, -2), round(12355.0, -1), round(-0.5), round(1234.5678, 2), round(7, -400))
print(list(enumerate(['a', 'b'], start=2**63 - 1)), list(enumerate('xy', -2**63)), list(enumerate([1], 2**70)))
print(range(-2**63, 2**63 - 1)[-1], range(-2**63, 2**63 - 1)[0], range(0, 2**63 - 1, 2**62)[1], range(10, 0, -3)[-1])
print([1, 2, 3][1::2**63 - 1], [1, 2, 3][::-2**63], [1, 2, 3][2::-2**63], [1, 2, 3][-2**63:2**63], (1, 2, 3)[::2**62])
print(max([], default=5), min([], default=None), min([3, 1], default=5), max([1, 3, 2], key=None), max('abc'))
for bad in [lambda: max(1, 2, default=3), lambda: max(), lambda: min([]), lambda: max([1], foo=2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e), e)
