import Testing

@testable import Autograd

/// The memory budget refuses requests before they reach the allocator, which would trap.
@Suite(.serialized)
struct MemoryBudgetTests {
    @Test func hugeCreationIsRefusedWithTheSizeInGiB() {
        #expect(
            throws: TorchError(
                .runtimeError,
                "Wick's memory limit (\(Messages.gibibytes(MemoryBudget.limit)), --max-memory) is exceeded: refusing to allocate 7450.58 GiB"
            )
        ) {
            try Tensor.zeros([2_000_000_000_000], dtype: .float32)
        }
    }

    @Test func overflowingShapeGivesPyTorchsMessage() {
        #expect(
            throws: TorchError(
                .runtimeError,
                "Storage size calculation overflowed with sizes=[4611686018427387904, 4611686018427387904]")
        ) {
            try Tensor.ones([1 << 62, 1 << 62])
        }
    }

    @Test func negativeShapeGivesPyTorchsMessage() {
        #expect(throws: TorchError(.runtimeError, "Trying to create tensor with negative dimension -1: [-1]")) {
            try Tensor.ones([-1])
        }
    }

    @Test func liveTensorsCountAgainstTheLimitAndAreReleased() throws {
        let saved = MemoryBudget.limit
        defer { MemoryBudget.limit = saved }
        MemoryBudget.limit = MemoryBudget.bytesInUse + (6 << 20)
        var first: Tensor? = try Tensor.zeros([1 << 20], dtype: .float32)
        #expect(first?.numel == 1 << 20)
        #expect(throws: TorchError.self) { try Tensor.zeros([1 << 20], dtype: .float32) }
        first = nil
        let second = try Tensor.zeros([1 << 20], dtype: .float32)
        #expect(second.numel == 1 << 20)
    }

    @Test func broadcastResultsAreChecked() throws {
        let saved = MemoryBudget.limit
        defer { MemoryBudget.limit = saved }
        MemoryBudget.limit = MemoryBudget.bytesInUse + (1 << 20)
        let column = try Tensor.ones([100_000, 1])
        let row = try Tensor.ones([1, 100_000])
        #expect(throws: TorchError.self) { try column + row }
    }

    @Test func sizesParseWithBinarySuffixes() {
        #expect(MemoryBudget.parseSize("4G") == 4 << 30)
        #expect(MemoryBudget.parseSize("512M") == 512 << 20)
        #expect(MemoryBudget.parseSize("1.5k") == 1536)
        #expect(MemoryBudget.parseSize("2GiB") == 2 << 30)
        #expect(MemoryBudget.parseSize("1048576") == 1 << 20)
        #expect(MemoryBudget.parseSize("12Q") == nil)
        #expect(MemoryBudget.parseSize("-1G") == nil)
        #expect(MemoryBudget.parseSize("") == nil)
    }

    @Test func sizesPrintInTheLargestFittingUnit() {
        #expect(Messages.gibibytes(8_000_000_000_000) == "7450.58 GiB")
        #expect(Messages.gibibytes(3 << 20) == "3.00 MiB")
        #expect(Messages.gibibytes(1536) == "1.50 KiB")
    }

    @Test func defaultLimitIsHalfOfPhysicalMemory() {
        #expect(MemoryBudget.defaultLimit > 0)
    }
}
