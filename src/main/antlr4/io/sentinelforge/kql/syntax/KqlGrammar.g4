// Sentinel Forge's own grammar of the Kusto Query Language, written from the KQL reference
// documentation (query statements, tabular operators, scalar operators, data types and literals).
// It covers what Microsoft Sentinel content uses. KqlAstBuilder turns its parse tree into the AST.
grammar KqlGrammar;

// ===================================================================== statements

query
    : ';'* (statement (';'+ statement)*)? ';'* EOF
    ;

statement
    : letStatement
    | setStatement
    | declareStatement
    | pipeExpression
    ;

letStatement
    : 'let' name '=' (functionDefinition | pipeExpression)
    ;

setStatement
    : 'set' identifier ('.' identifier)* ('=' parameterValue)?
    ;

declareStatement
    : 'declare' identifier '(' functionParameter (',' functionParameter)* ')'
    ;

functionDefinition
    : 'view'? '(' (functionParameter (',' functionParameter)*)? ')' functionBody
    ;

functionParameter
    : name ':' parameterType ('=' expression)?
    ;

parameterType
    : scalarType
    | '(' '*' ')'
    | '(' columnDeclaration (',' columnDeclaration)* (',' '*')? ')'
    ;

functionBody
    : '{' ';'* (statement (';'+ statement)*)? ';'* '}'
    ;

// ===================================================================== tabular expressions

pipeExpression
    : (sourceOperator | expression) ('|' queryOperator)*
    ;

// A pipeline inside mv-apply, partition or facet starts with an operator applied to the context rows.
operatorPipeline
    : queryOperator ('|' queryOperator)*
    ;

sourceOperator
    : unionOperator
    | dataTableOperator
    | externalDataOperator
    | rangeOperator
    | printOperator
    | searchOperator
    | findOperator
    | evaluateOperator
    ;

queryOperator
    : whereOperator
    | projectOperator
    | projectAwayOperator
    | projectKeepOperator
    | projectRenameOperator
    | projectReorderOperator
    | projectByNamesOperator
    | extendOperator
    | summarizeOperator
    | joinOperator
    | lookupOperator
    | unionOperator
    | mvExpandOperator
    | mvApplyOperator
    | parseOperator
    | parseKvOperator
    | makeSeriesOperator
    | sortOperator
    | topOperator
    | reduceOperator
    | scanOperator
    | takeOperator
    | distinctOperator
    | countOperator
    | asOperator
    | serializeOperator
    | getSchemaOperator
    | invokeOperator
    | evaluateOperator
    | renderOperator
    | sampleOperator
    | sampleDistinctOperator
    | searchOperator
    | findOperator
    | printOperator
    | partitionOperator
    | facetOperator
    | forkOperator
    ;

// Kusto also accepts a single '=' as equality here: where Enabled = true
whereOperator
    : ('where' | 'filter') expression ('=' expression)?
    ;

projectOperator
    : 'project' columnList?
    ;

projectAwayOperator
    : 'project-away' columnPattern (',' columnPattern)*
    ;

projectKeepOperator
    : 'project-keep' columnPattern (',' columnPattern)*
    ;

projectRenameOperator
    : 'project-rename' (renameItem (',' renameItem)*)?
    ;

renameItem
    : name '=' name
    ;

projectReorderOperator
    : 'project-reorder' (reorderItem (',' reorderItem)*)?
    ;

reorderItem
    : columnPattern ('asc' | 'desc' | 'granny-asc' | 'granny-desc')?
    ;

// Column specifiers: names, wildcard strings, dynamic arrays of names, column_names_of(T).
projectByNamesOperator
    : 'project-by-names' expression (',' expression)*
    ;

extendOperator
    : 'extend' columnList
    ;

summarizeOperator
    : 'summarize' hintParameter* columnList? ('by' columnList)?
    ;

joinOperator
    : 'join' joinParameter* expression (('on' expressionList) | ('where' expression))?
    ;

lookupOperator
    : 'lookup' joinParameter* expression ('on' expressionList)?
    ;

joinParameter
    : kindParameter
    | hintParameter
    ;

unionOperator
    : 'union' unionParameter* unionItem (',' unionItem)*
    ;

unionParameter
    : kindParameter
    | hintParameter
    | ('withsource' | 'isfuzzy') '=' parameterValue
    ;

unionItem
    : columnPattern
    | expression
    ;

mvExpandOperator
    : ('mv-expand' | 'mvexpand') mvExpandParameter* mvExpandItem (',' mvExpandItem)* ('limit' expression)?
    ;

mvExpandParameter
    : kindParameter
    | hintParameter
    | ('bagexpansion' | 'with_itemindex') '=' parameterValue
    ;

mvExpandItem
    : columnExpression ('to' 'typeof' '(' scalarType ')')?
    ;

mvApplyOperator
    : 'mv-apply' mvExpandParameter* mvExpandItem (',' mvExpandItem)* ('limit' expression)?
      ('id' '=' identifier)? 'on' '(' operatorPipeline ')'
    ;

parseOperator
    : ('parse' | 'parse-where') parseParameter* expression 'with' parsePatternElement+
    ;

parseParameter
    : kindParameter
    | 'flags' '=' parameterValue
    ;

parsePatternElement
    : '*'
    | STRING
    | name (':' scalarType)?
    ;

parseKvOperator
    : 'parse-kv' expression 'as' '(' columnDeclaration (',' columnDeclaration)* ')'
      ('with' '(' namedParameter (',' namedParameter)* ')')?
    ;

makeSeriesOperator
    : 'make-series' (kindParameter | hintParameter)* makeSeriesAggregate (',' makeSeriesAggregate)*
      'on' expression makeSeriesRange ('by' columnList)?
    ;

makeSeriesAggregate
    : columnExpression ('default' '=' expression)?
    ;

makeSeriesRange
    : 'in' 'range' '(' expression ',' expression ',' expression ')'
    | ('from' expression)? ('to' expression)? 'step' expression
    ;

sortOperator
    : ('sort' | 'order') 'by' sortExpression (',' sortExpression)*
    ;

sortExpression
    : expression ('asc' | 'desc')? ('nulls' ('first' | 'last'))?
    ;

topOperator
    : 'top' expression 'by' sortExpression
    ;

takeOperator
    : ('take' | 'limit') expression
    ;

// reduce [kind=source] by Expr [with threshold=T, characters="..."] (option names checked by the builder)
reduceOperator
    : 'reduce' kindParameter? 'by' expression ('with' reduceOption (',' reduceOption)*)?
    ;

reduceOption
    : identifier '=' parameterValue
    ;

// scan [with_match_id=Name] [declare (Col:type [= default], ...)] with (step Name [output=all|last|none]: Condition [=> Col = Expr, ...]; ...)
// (with_match_id and output are checked by the builder)
scanOperator
    : 'scan' (identifier '=' name)? ('declare' '(' scanColumn (',' scanColumn)* ')')?
      'with' '(' scanStep+ ')'
    ;

scanColumn
    : columnDeclaration ('=' expression)?
    ;

scanStep
    : 'step' name (identifier '=' identifier)? ':' expression
      ('=>' namedExpression (',' namedExpression)*)? ';'
    ;

distinctOperator
    : 'distinct' columnList
    ;

countOperator
    : 'count'
    ;

asOperator
    : 'as' hintParameter* name
    ;

serializeOperator
    : 'serialize' columnList?
    ;

getSchemaOperator
    : 'getschema'
    ;

invokeOperator
    : 'invoke' expression
    ;

evaluateOperator
    : 'evaluate' hintParameter* primary (':' '(' evaluateSchema ')')?
    ;

// The plugin's output schema; a leading '*' keeps the input table's columns.
evaluateSchema
    : outputStar='*' (',' columnDeclaration)*
    | columnDeclaration (',' columnDeclaration)*
    ;

renderOperator
    : 'render' identifier ('with' '(' namedParameter (',' namedParameter)* ')')?
    ;

sampleOperator
    : 'sample' expression
    ;

sampleDistinctOperator
    : 'sample-distinct' expression 'of' expression
    ;

searchOperator
    : 'search' (kindParameter | hintParameter)* ('in' '(' columnPattern (',' columnPattern)* ')')? expression
    ;

findOperator
    : 'find' (kindParameter | hintParameter | ('withsource' | 'isfuzzy') '=' parameterValue)*
      ('in' '(' unionItem (',' unionItem)* ')')? 'where' expression
      ('project-smart' | 'project' columnPattern (',' columnPattern)*)?
    ;

printOperator
    : 'print' columnList
    ;

partitionOperator
    : 'partition' hintParameter* 'by' expression ('(' operatorPipeline ')' | '{' pipeExpression '}')
    ;

facetOperator
    : 'facet' 'by' columnPattern (',' columnPattern)* ('with' '(' operatorPipeline ')')?
    ;

forkOperator
    : 'fork' forkBranch+
    ;

forkBranch
    : (name '=')? '(' operatorPipeline ')'
    ;

rangeOperator
    : 'range' name 'from' expression 'to' expression 'step' expression
    ;

dataTableOperator
    : 'datatable' '(' columnDeclaration (',' columnDeclaration)* ','? ')' '[' (expression (',' expression)* ','?)? ']'
    ;

externalDataOperator
    : 'externaldata' kindParameter? '(' columnDeclaration (',' columnDeclaration)* ','? ')'
      '[' expression (',' expression)* ']' ('with' '(' namedParameter (',' namedParameter)* ')')?
    ;

// ===================================================================== operator parts

kindParameter
    : 'kind' '=' parameterValue
    ;

hintParameter
    : 'hint' '.' identifier '=' parameterValue
    ;

parameterValue
    : literal
    | '-'? numberLiteral
    | identifier
    ;

namedParameter
    : identifier '=' expression
    ;

columnList
    : columnExpression (',' columnExpression)*
    ;

columnExpression
    : namedExpression
    | expression
    ;

namedExpression
    : assignedName '=' expression
    | '(' assignedName (',' assignedName)* ')' '=' expression
    ;

// A column name that may contain '*' wildcards, written without spaces (checked by the builder).
columnPattern
    : (identifier | '*') (IDENTIFIER | '*' | INTEGER)*
    | bracketedName
    ;

columnDeclaration
    : name ':' scalarType
    ;

scalarType
    : identifier
    | 'dynamic'
    ;

expressionList
    : expression (',' expression)*
    ;

// ===================================================================== scalar expressions

expression
    : primary                                                          # primaryExpression
    | expression '.' (identifier | bracketedName)                      # propertyAccess
    | expression '.' identifier '(' argumentList? ')'                  # methodCall
    | expression '.'? '[' expression ']'                               # indexAccess
    | op=('-' | '+') expression                                        # unaryExpression
    | expression op=('*' | '/' | '%') expression                       # binaryExpression
    | expression op=('+' | '-') expression                             # binaryExpression
    | expression op=('<' | '<=' | '>' | '>=') expression               # binaryExpression
    | expression comparisonOperator expression                         # comparisonExpression
    | expression listOperator '(' listValues? ')'                      # inExpression
    | expression op=('between' | '!between') '(' expression '..' expression ')' # betweenExpression
    | expression op='and' expression                                   # binaryExpression
    | expression op='or' expression                                    # binaryExpression
    ;

comparisonOperator
    : '==' | '!=' | '<>' | '=~' | '!~' | ':'
    | 'has' | '!has' | 'has_cs' | '!has_cs'
    | 'hasprefix' | '!hasprefix' | 'hasprefix_cs' | '!hasprefix_cs'
    | 'hassuffix' | '!hassuffix' | 'hassuffix_cs' | '!hassuffix_cs'
    | 'contains' | '!contains' | 'contains_cs' | '!contains_cs'
    | 'startswith' | '!startswith' | 'startswith_cs' | '!startswith_cs'
    | 'endswith' | '!endswith' | 'endswith_cs' | '!endswith_cs'
    | 'containscs' | 'notcontains' | 'notcontainscs'
    | 'matches' 'regex'
    ;

listOperator
    : 'in' | '!in' | 'in~' | '!in~' | 'has_any' | 'has_all'
    ;

primary
    : literal                                                          # literalPrimary
    | 'dynamic' '(' dynamicValue ')'                                   # dynamicPrimary
    | 'typeof' '(' (scalarType | columnDeclaration (',' columnDeclaration)*) ')' # typeOfPrimary
    | tabularFunction=('toscalar' | 'materialize') '(' pipeExpression ')' # tabularCallPrimary
    | identifier '(' argumentList? ')'                                 # functionCallPrimary
    | name                                                             # namePrimary
    | '(' pipeExpression ')'                                           # parenthesizedPrimary
    | '*'                                                              # starPrimary
    ;

argumentList
    : argument (',' argument)*
    ;

// The values of 'in', 'has_any'...: a list of scalars or one tabular subquery.
listValues
    : expression ('|' queryOperator)+
    | argument (',' argument)*
    ;

argument
    : name '=' expression
    | expression
    ;

dynamicValue
    : literal
    | '-' numberLiteral
    | identifier
    | '[' (dynamicValue (',' dynamicValue)*)? ']'
    | '{' (dynamicProperty (',' dynamicProperty)*)? '}'
    ;

dynamicProperty
    : stringLiteral ':' dynamicValue
    ;

literal
    : stringLiteral
    | numberLiteral
    | TIMESPAN
    | TYPED_LITERAL
    | 'true'
    | 'false'
    ;

numberLiteral
    : INTEGER
    | REAL
    ;

stringLiteral
    : STRING+
    ;

name
    : identifier
    | bracketedName
    ;

bracketedName
    : '[' stringLiteral ']'
    ;

// Words that are operator or parameter keywords in one place and ordinary names elsewhere.
identifier
    : IDENTIFIER
    | 'view' | 'set' | 'declare' | 'where' | 'filter' | 'project' | 'extend' | 'summarize' | 'by'
    | 'join' | 'lookup' | 'on' | 'withsource' | 'isfuzzy' | 'bagexpansion'
    | 'with_itemindex' | 'to' | 'limit' | 'id' | 'parse' | 'with' | 'flags' | 'as'
    | 'default' | 'range' | 'from' | 'step' | 'sort' | 'order' | 'asc' | 'desc' | 'nulls' | 'first'
    | 'last' | 'top' | 'take' | 'distinct' | 'count' | 'serialize' | 'getschema' | 'invoke'
    | 'render' | 'sample' | 'of' | 'partition' | 'facet'
    | 'fork' | 'kind' | 'hint' | 'regex' | 'containscs'
    | 'notcontains' | 'notcontainscs' | 'matches'
    | 'reduce' | 'scan'
    ;

// Operator words Kusto also accepts as the name a column is given (print print = 1). They are not
// plain identifiers: as references they would make 'search * where ...' or 'externaldata (...)'
// parse as expressions and move syntax errors away from where Kusto reports them.
assignedName
    : name
    | 'print' | 'search' | 'find' | 'datatable' | 'externaldata' | 'evaluate' | 'mvexpand'
    ;

// ===================================================================== lexer

TYPED_LITERAL
    : ('datetime' | 'timespan' | 'time' | 'guid' | 'long' | 'int' | 'int64' | 'real' | 'double'
      | 'bool' | 'boolean' | 'decimal') '(' ~[)\r\n]* ')'
    ;

TIMESPAN
    : DIGITS ('.' DIGITS)? TIME_UNIT
    ;

fragment TIME_UNIT
    : 'd' | 'day' | 'days' | 'h' | 'hr' | 'hrs' | 'hour' | 'hours' | 'm' | 'min' | 'minute'
    | 'minutes' | 's' | 'sec' | 'second' | 'seconds' | 'ms' | 'milli' | 'millis' | 'millisecond'
    | 'milliseconds' | 'microsecond' | 'microseconds' | 'micro' | 'micros' | 'tick' | 'ticks'
    ;

REAL
    : DIGITS '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;

INTEGER
    : '0x' [0-9a-fA-F]+
    | DIGITS
    ;

fragment DIGITS
    : [0-9]+
    ;

fragment EXPONENT
    : [eE] [+-]? DIGITS
    ;

STRING
    : [hH]? '"' (ESCAPE | ~["\\\r\n])* '"'
    | [hH]? '\'' (ESCAPE | ~['\\\r\n])* '\''
    | [hH]? '@"' (~["\r\n] | '""')* '"'
    | [hH]? '@\'' (~['\r\n] | '\'\'')* '\''
    | [hH]? '```' .*? '```'
    | [hH]? '~~~' .*? '~~~'
    ;

fragment ESCAPE
    : '\\' ~[\r\n]
    ;

// An opening quote without its closing quote on the same line: reported by the parser.
UNTERMINATED_STRING
    : [hH]? '"' (ESCAPE | ~["\\\r\n])*
    | [hH]? '\'' (ESCAPE | ~['\\\r\n])*
    | [hH]? '@"' (~["\r\n] | '""')*
    | [hH]? '@\'' (~['\r\n] | '\'\'')*
    ;

IDENTIFIER
    : [a-zA-Z_$] [a-zA-Z0-9_]*
    | DIGITS [a-zA-Z_] [a-zA-Z0-9_]*
    | [\p{L}_] [\p{L}\p{N}_]*
    ;

LINE_COMMENT
    : '//' ~[\r\n]* -> channel(HIDDEN)
    ;

WHITESPACE
    : [ \t\r\n\f\u000b\ufeff\p{Zs}\u2028\u2029]+ -> channel(HIDDEN)
    ;

// Any other character: the parser reports it as unexpected instead of the lexer failing.
UNEXPECTED_CHARACTER
    : .
    ;
