/// Help for Python's built-in functions, in CPython 3.11's words.
extension HelpEntries {
    static let builtins: [String: String] = [
        "print": """
        print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)

        Prints the values to a stream, or to sys.stdout by default.
        Optional keyword arguments:
        file:  a file-like object (stream); defaults to the current sys.stdout.
        sep:   string inserted between values, default a space.
        end:   string appended after the last value, default a newline.
        flush: whether to forcibly flush the stream.
        """,
        "len": """
        len(obj, /)

        Return the number of items in a container.
        """,
        "help": """
        help(object)

        Show help on a function, method, module or value: its signature and what it does.
        At the prompt, object? shows the same with its type, and object?? its source.
        """,
        "input": """
        input(prompt='', /)

        Read a string from standard input.  The trailing newline is stripped.
        The prompt string, if given, is printed to standard output without a
        trailing newline before reading input. At EOF, raise EOFError.
        """,
        "repr": """
        repr(obj, /)

        Return the canonical string representation of the object.

        For many object types, including most builtins, eval(repr(obj)) == obj.
        """,
        "type": """
        type(object) -> the object's type

        With one argument, return the type of an object.
        """,
        "isinstance": """
        isinstance(obj, class_or_tuple, /)

        Return whether an object is an instance of a class or of a subclass thereof.

        A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to
        check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)
        or ...`` etc.
        """,
        "range": """
        range(start, stop[, step]) -> range object

        Return an object that produces a sequence of integers from start (inclusive)
        to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
        start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
        These are exactly the valid indices for a list of 4 elements.
        When step is given, it specifies the increment (or decrement).
        """,
        "enumerate": """
        enumerate(iterable, start=0)

        Return an enumerate object.

        The enumerate object yields pairs containing a count (from start, which
        defaults to zero) and a value yielded by the iterable argument.

        enumerate is useful for obtaining an indexed list:
            (0, seq[0]), (1, seq[1]), (2, seq[2]), ...
        """,
        "zip": """
        zip(*iterables, strict=False)

        Yield tuples until an input is exhausted.

           >>> list(zip('abcdefg', range(3), range(4)))
           [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]

        The zip object yields n-length tuples, where n is the number of iterables
        passed as positional arguments to zip().  The i-th element in every tuple
        comes from the i-th iterable argument to zip().  This continues until the
        shortest argument is exhausted.
        """,
        "reversed": """
        reversed(sequence, /)

        Return a reverse iterator over the values of the given sequence.
        """,
        "iter": """
        iter(iterable) -> iterator

        Get an iterator from an object.  The argument must supply its own
        iterator, or be a sequence.
        """,
        "next": """
        next(iterator[, default])

        Return the next item from the iterator. If default is given and the iterator
        is exhausted, it is returned instead of raising StopIteration.
        """,
        "sorted": """
        sorted(iterable, /, *, key=None, reverse=False)

        Return a new list containing all items from the iterable in ascending order.

        A custom key function can be supplied to customize the sort order, and the
        reverse flag can be set to request the result in descending order.
        """,
        "sum": """
        sum(iterable, /, start=0)

        Return the sum of a 'start' value (default: 0) plus an iterable of numbers

        When the iterable is empty, return the start value.
        This function is intended specifically for use with numeric values and may
        reject non-numeric types.
        """,
        "min": """
        min(iterable, *[, default=obj, key=func]) -> value

        With a single iterable argument, return its smallest item. The
        default keyword-only argument specifies an object to return if
        the provided iterable is empty.
        With two or more arguments, return the smallest argument.
        """,
        "max": """
        max(iterable, *[, default=obj, key=func]) -> value

        With a single iterable argument, return its biggest item. The
        default keyword-only argument specifies an object to return if
        the provided iterable is empty.
        With two or more arguments, return the largest argument.
        """,
        "abs": """
        abs(x, /)

        Return the absolute value of the argument.
        """,
        "round": """
        round(number, ndigits=None)

        Round a number to a given precision in decimal digits.

        The return value is an integer if ndigits is omitted or None.  Otherwise
        the return value has the same type as the number.  ndigits may be negative.
        """,
        "hasattr": """
        hasattr(obj, name, /)

        Return whether the object has an attribute with the given name.

        This is done by calling getattr(obj, name) and catching AttributeError.
        """,
        "getattr": """
        getattr(object, name[, default]) -> value

        Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.
        When a default argument is given, it is returned when the attribute doesn't
        exist; without it, an exception is raised in that case.
        """,
        "any": """
        any(iterable, /)

        Return True if bool(x) is True for any x in the iterable.

        If the iterable is empty, return False.
        """,
        "all": """
        all(iterable, /)

        Return True if bool(x) is True for all values x in the iterable.

        If the iterable is empty, return True.
        """,
        "callable": """
        callable(obj, /)

        Return whether the object is callable (i.e., some kind of function).

        Note that classes are callable, as are instances of classes with a
        __call__() method.
        """,
        "id": """
        id(obj, /)

        Return the identity of an object.

        This is guaranteed to be unique among simultaneously existing objects.
        (CPython uses the object's memory address.)
        """,
        "dir": """
        dir([object]) -> list of strings

        If called without an argument, return the names in the current scope.
        Else, return an alphabetized list of names comprising (some of) the attributes
        of the given object, and of attributes reachable from it.
        """,
    ]
}
