# tags: lang
print('a,b,c,d'.split(',', 1), 'a,b,c,d'.split(',', 0), 'a,b,c,d'.split(',', -1), 'a,b,c'.split(',', 10))
print('a b  c '.split(None, 1), '  a b  c '.split(maxsplit=1), 'a b'.split(maxsplit=0), '  a b '.split(maxsplit=0))
print('a::b::c'.split('::'), 'a::b::c'.split(sep='::', maxsplit=1), ',a,,b,'.split(','), ''.split(','), ''.split())
print('one\ttwo\nthree  four'.split(), 'x'.split('x'), 'aaa'.split('aa'))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e), e)
