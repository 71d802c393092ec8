/// A pattern fill's pattern (`<patternFill patternType="solid">`, ECMA-376 §18.18.55).
///
/// ```swift
/// FillPattern(rawValue: "gray125")   // .gray125
/// ```
public enum FillPattern: String, Hashable, Sendable, CaseIterable {
    case none, solid, mediumGray, darkGray, lightGray, darkHorizontal, darkVertical, darkDown, darkUp, darkGrid,
         darkTrellis, lightHorizontal, lightVertical, lightDown, lightUp, lightGrid, lightTrellis, gray125, gray0625
}
