import FoundationEssentials

/// Wick's logo for the kernel chooser: a candle flame on its wick.
enum KernelLogo {
    /// `logo-64x64.png` (the classic notebook and VS Code read this one).
    static let png64: [UInt8] = Data(base64Encoded: png64Base64).map { Array($0) } ?? []

    private static let png64Base64 =
        "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAABeElEQVR42u1aQQrCMBAMggi+qdCPCfmDv/AV+YU/EUGEaEoDUhq7"
        + "aUKb3Z2BAamnnZndpEmNAQAAAABgDzwuxgZqFsAHanbfj7Rq3VeZgm/BbipAeKal+H6m+Mheq/s6UjAZfClayQJ4CjW7LzMFC4NP"
        + "/kBcGHyyB+JK9+WkYKX7MlJQ6D7/FBS6zzsFldznmwKK+8/rYaC4FFDdf7vTQHEpoOz6Xrej9/fzwPBb1O6Q4mgsPlLMO0Ku++JS"
        + "QBFgWnxGCiz7+M+5n5MC9tM/VXxGCnq28f/nfkYKLFsBwpq/JABhX9C0AK4k/sQ2cCwHICX+1DZgKQAl/tQ2YCkAtXhKG0AAbgLk"
        + "9D9lDrBbBSoL0PQqYDcQoOl9QL+BAG0fjMy1QUUB2j8aS6Wg0irA41isNAVs3V8SoeBliO3dgKtwIML+eiy5N/ilhhvinGsyJ/KD"
        + "qVEIm/pMbvxP/pdiEV3X+UCjFRAAAkAACAABIAAEgAAGAIC98AHGyfpeLpCJzQAAAABJRU5ErkJggg=="

    /// `logo-svg.svg` (JupyterLab's launcher prefers it).
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
          <path d="M32 6 C36 18 45 26 45 38 A13 13 0 0 1 19 38 C19 26 28 18 32 6 Z" fill="#f57c00"/>
          <path d="M32 24 C34 31 38.5 35 38.5 42 A6.5 6.5 0 0 1 25.5 42 C25.5 35 30 31 32 24 Z" fill="#ffd60a"/>
          <rect x="31" y="50" width="2" height="11" fill="#3c3c3c"/>
        </svg>

        """
}
