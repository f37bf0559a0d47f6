/** The tool's version, shown in reports. A test keeps it equal to package.json's. */
export const VERSION = "1.0.0";
