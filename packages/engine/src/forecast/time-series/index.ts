// Public entry points of this module (filled in by the module).
export {};
