import Testing

@testable import Kernel

/// Which `JPY_PARENT_PID` values make the kernel watch its parent, as ipykernel decides.
struct ParentWatchTests {
    @Test func watchesANamedParentOtherThanInit() {
        #expect(ParentWatch.parentToWatch(environment: "4242") == 4242)
    }

    @Test func doesNotWatchInitNothingOrGarbage() {
        let values: [String?] = [nil, "", "0", "1", "-5", "abc"]
        #expect(values.map(ParentWatch.parentToWatch(environment:)) == [nil, nil, nil, nil, nil, nil])
    }
}
