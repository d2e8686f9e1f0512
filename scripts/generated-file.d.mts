export function writeOrCheck(target: URL | string, next: string, command: string): boolean;
