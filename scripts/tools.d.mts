export declare const TOOLS_DIR: string;
/** Path of a tool's executable, installing it from the npm registry on first use. */
export declare function toolPath(name: 'node24' | 'squawk'): string;
