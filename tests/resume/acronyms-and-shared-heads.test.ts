/**
 * Where a Chinese list's items are cut: the work done with a name the taxonomy knows, a short word that shares the
 * next term's head ("框架、剪力墙结构计算"), an English term among the items. Invented names (琛瑶, 璆琅, 瑨珂, zorblex)
 * keep the cases independent of the taxonomy's contents; HACCP and Excel are the taxonomy's own.
 */
import { describe, expect, it } from 'vitest';
import { taskPhrases } from '../../subgraphs/resume/parser/fields/task-phrases.ts';

const zhTasks = (text: string) => taskPhrases(text).map((s) => s.name);

describe('taskPhrases: acronyms and shared heads', () => {
  it('leaves off a short word that shares the next term’s head: the list of two, the word alone in a longer one', () => {
    expect(zhTasks('负责琛瑶、璆琅瑨珂结构计算。')).toEqual([]);
    expect(zhTasks('负责琛瑶质控、璆琅、瑨珂类型注释和玥珈通讯分析。')).toEqual(['琛瑶质控', '瑨珂类型注释', '玥珈通讯分析']);
    // Who with, from where or to whom is no task.
    expect(zhTasks('负责琛瑶巡检、由璆琅设计和瑨珂记录。')).toEqual(['琛瑶巡检', '瑨珂记录']);
  });

  it('reads the work done with an acronym or a product the taxonomy knows as a task of its own', () => {
    expect(zhTasks('负责 HACCP 琛瑶验证和璆琅巡检。')).toEqual(['HACCP 琛瑶验证', '璆琅巡检']);
    expect(zhTasks('负责 Excel 琛瑶透视和璆琅巡检。')).toEqual(['Excel 琛瑶透视', '璆琅巡检']);
  });

  it('reads an English term of two or three lower-case words among a Chinese list’s items', () => {
    expect(zhTasks('负责 zorblex work、quibbit trim 与琛瑶巡检。')).toEqual(['zorblex work', 'quibbit trim', '琛瑶巡检']);
  });
});
